import { Injectable } from '@nestjs/common';
import { hashPassword, passwordProblem } from '../auth/password';
import { SessionsService, type RevokeReason } from '../auth/sessions.service';
import { CrudService } from '../common/crud';
import { badRequest, conflict, notFound } from '../common/errors';
import { boolEq, columns, contains, enumEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { Department, StaffRole, type TaskNotice } from '../../../../prisma/client';
import { checkNoticeAddress } from './task-notice';

/** Never send the password hash. */
const publicFields = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  department: true,
  phone: true,
  email: true,
  language: true,
  taskNotice: true,
  active: true,
  createdAt: true,
  updatedAt: true,
};

@Injectable()
export class StaffService extends CrudService {
  protected readonly label = 'staff member';
  protected override readonly select = publicFields;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'username', 'displayName', 'role', 'department', 'active'),
    defaultSort: ['id', 'asc'],
    filters: {
      q: (v, k) => ({ OR: [contains('username')(v, k), contains('displayName')(v, k)] }),
      role: enumEq('role', Object.values(StaffRole)),
      department: enumEq('department', Object.values(Department)),
      active: boolEq('active'),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionsService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.staff;
  }

  override async create(data: { username: string; password: string }) {
    if (await this.prisma.staff.findUnique({ where: { username: data.username } })) {
      throw conflict(`The username "${data.username}" is taken.`);
    }
    const { password, ...rest } = data;
    checkPassword(password, data.username);
    checkNoticeAddress(data as { taskNotice?: TaskNotice; email?: string | null; phone?: string | null });
    return super.create({ ...rest, passwordHash: await hashPassword(password) });
  }

  /**
   * A deactivation, a role change or a new password ends every session of the account at once (its tokens
   * are refused from the next request); a new password also raises passwordVersion, which the tokens carry.
   */
  override async update(id: number, data: { password?: string; active?: boolean; role?: StaffRole }) {
    const before = await this.prisma.staff.findUnique({ where: { id }, select: { username: true, active: true, role: true, taskNotice: true, email: true, phone: true } });
    if (!before) throw notFound(this.label, id);
    const { password, ...rest } = data;
    if (password !== undefined) checkPassword(password, before.username);
    const sent = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as { taskNotice?: TaskNotice; email?: string | null; phone?: string | null };
    checkNoticeAddress({ ...before, ...sent });
    const updated = await super.update(
      id,
      password !== undefined ? { ...rest, passwordHash: await hashPassword(password), passwordVersion: { increment: 1 } } : rest,
    );
    const reason: RevokeReason | undefined =
      password !== undefined
        ? 'PASSWORD_CHANGED'
        : data.active === false && before.active
          ? 'DEACTIVATED'
          : data.role !== undefined && data.role !== before.role
            ? 'ROLE_CHANGED'
            : undefined;
    if (reason) await this.sessions.revokeAll(id, reason);
    return updated;
  }
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw badRequest('password', problem);
}
