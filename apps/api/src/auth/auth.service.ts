import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { SessionsService, type IssuedTokens } from './sessions.service';

export interface ClientInfo {
  address: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so both failures take the same time. */
  private readonly decoy = hashPassword('decoy-password-for-unknown-users');

  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Sign-in: opens a session (access token + refresh token). Locked accounts and addresses get 429 before any check. */
  async login(username: string, password: string, client: ClientInfo): Promise<IssuedTokens> {
    const attempt = await this.throttle.begin(username, client.address);
    const staff = await this.prisma.staff.findUnique({ where: { username } });
    const ok = await verifyPassword(staff?.passwordHash ?? (await this.decoy), password);
    if (!staff || !staff.active || !ok) {
      await this.throttle.failed(username);
      throw new UnauthorizedException({ statusCode: 401, message: 'Wrong username or password.' });
    }
    await this.throttle.succeeded(attempt);
    return this.sessions.open(staff, client);
  }
}
