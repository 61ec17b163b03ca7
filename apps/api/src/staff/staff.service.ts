import { Injectable } from '@nestjs/common';
import { hashPassword } from '../auth/password';
import { CrudService } from '../common/crud';
import { conflict } from '../common/errors';
import { boolEq, columns, contains, enumEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { Department, StaffRole } from '../../../../prisma/client';

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

  constructor(private readonly prisma: PrismaService) {
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
    return super.create({ ...rest, passwordHash: await hashPassword(password) });
  }

  override async update(id: number, data: { password?: string }) {
    const { password, ...rest } = data;
    return super.update(id, password ? { ...rest, passwordHash: await hashPassword(password) } : rest);
  }
}
