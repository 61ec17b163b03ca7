import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from '../database/prisma.service';
import type { StaffPrincipal } from './current-staff.decorator';
import { hashPassword, verifyPassword } from './password';

@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so both failures take the same time. */
  private readonly decoy = hashPassword('decoy-password-for-unknown-users');

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; staff: StaffPrincipal }> {
    const staff = await this.prisma.staff.findUnique({ where: { username } });
    const ok = await verifyPassword(staff?.passwordHash ?? (await this.decoy), password);
    if (!staff || !staff.active || !ok) {
      throw new UnauthorizedException({ statusCode: 401, message: 'Wrong username or password.' });
    }
    const principal: StaffPrincipal = {
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      department: staff.department,
      language: staff.language,
    };
    return { token: await this.jwt.signAsync({ sub: String(staff.id), staff: principal }), staff: principal };
  }
}
