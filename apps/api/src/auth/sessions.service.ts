import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Staff } from '../../../../prisma/client';
import { AppConfigService } from '../common/app-config.service';
import { PrismaService } from '../database/prisma.service';
import type { StaffPrincipal } from './current-staff.decorator';

/** Why a session ended (Session.revokedReason). */
export type RevokeReason = 'LOGOUT' | 'DEACTIVATED' | 'ROLE_CHANGED' | 'PASSWORD_CHANGED';

/** What an access token carries: whose, which session, which password version. Roles and names are read from the database. */
interface AccessClaims {
  sub: string;
  sid: string;
  pv: number;
  exp?: number;
}

export interface IssuedTokens {
  /** The access token (Bearer), short-lived (TOKEN_TTL_SECONDS). */
  token: string;
  /** Renews the access token at POST /auth/refresh until the session ends (SESSION_TTL_SECONDS); rotated at each use. */
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** When the session (and its refresh token) ends. */
  sessionExpiresAt: string;
  staff: StaffPrincipal;
}

const invalid = () => new UnauthorizedException({ statusCode: 401, message: 'The session has expired or is invalid: sign in again.' });

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const principalOf = (staff: Staff): StaffPrincipal => ({
  id: staff.id,
  username: staff.username,
  displayName: staff.displayName,
  role: staff.role,
  department: staff.department,
  language: staff.language,
});

/**
 * Sessions: a sign-in opens one; every request's access token is checked against it and against the staff
 * record (active, role and password version unchanged), reading both from the database each time, so that a
 * deactivation, a role change, a password change or a sign-out takes effect on the next request.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly config: AppConfigService,
  ) {}

  async open(staff: Staff, meta: { address?: string; userAgent?: string }): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const session = await this.prisma.session.create({
      data: {
        id: randomUUID(),
        staffId: staff.id,
        refreshHash: sha256(refreshToken),
        passwordVersion: staff.passwordVersion,
        role: staff.role,
        address: meta.address?.slice(0, 100),
        userAgent: meta.userAgent?.slice(0, 300),
        expiresAt: new Date(Date.now() + this.config.values.SESSION_TTL_SECONDS * 1000),
      },
    });
    return this.tokens(staff, session.id, refreshToken, session.expiresAt);
  }

  /** The staff member behind an access token, as the database has them now; 401 otherwise. */
  async authenticate(token: string): Promise<StaffPrincipal> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch {
      throw invalid();
    }
    // A token without an expiry, a session or a password version was not made here.
    if (typeof claims.exp !== 'number' || typeof claims.sid !== 'string' || typeof claims.pv !== 'number') throw invalid();
    const session = await this.prisma.session.findUnique({ where: { id: claims.sid }, include: { staff: true } });
    if (!session || String(session.staffId) !== claims.sub || !this.isLive(session, session.staff) || claims.pv !== session.staff.passwordVersion) {
      throw invalid();
    }
    return principalOf(session.staff);
  }

  /** A new access token for a refresh token, which is replaced by a new one (a refresh token works once). */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const oldHash = sha256(refreshToken);
    const session = await this.prisma.session.findUnique({ where: { refreshHash: oldHash }, include: { staff: true } });
    if (!session || !this.isLive(session, session.staff)) throw invalid();
    const next = randomBytes(32).toString('base64url');
    // Only if nobody used the same refresh token in the meantime.
    const { count } = await this.prisma.session.updateMany({
      where: { id: session.id, refreshHash: oldHash, revokedAt: null },
      data: { refreshHash: sha256(next), refreshedAt: new Date() },
    });
    if (count !== 1) throw invalid();
    return this.tokens(session.staff, session.id, next, session.expiresAt);
  }

  /** Sign-out: ends the session of an access token (even an expired one) or of a refresh token. */
  async logout(by: { token?: string; refreshToken?: string }): Promise<void> {
    const ids: string[] = [];
    if (by.token) {
      const claims = await this.jwt.verifyAsync<AccessClaims>(by.token, { ignoreExpiration: true }).catch(() => undefined);
      if (claims?.sid) ids.push(claims.sid);
    }
    if (by.refreshToken) {
      const session = await this.prisma.session.findUnique({ where: { refreshHash: sha256(by.refreshToken) }, select: { id: true } });
      if (session) ids.push(session.id);
    }
    if (!ids.length) return;
    await this.prisma.session.updateMany({
      where: { id: { in: ids }, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: 'LOGOUT' },
    });
  }

  /** Ends every open session of a staff member (deactivated, role or password changed). */
  async revokeAll(staffId: number, reason: RevokeReason): Promise<number> {
    const { count } = await this.prisma.session.updateMany({
      where: { staffId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
    return count;
  }

  private isLive(session: { revokedAt: Date | null; expiresAt: Date; role: string; passwordVersion: number }, staff: Staff): boolean {
    return (
      !session.revokedAt &&
      session.expiresAt.getTime() > Date.now() &&
      staff.active &&
      staff.role === session.role &&
      staff.passwordVersion === session.passwordVersion
    );
  }

  private async tokens(staff: Staff, sessionId: string, refreshToken: string, sessionExpiresAt: Date): Promise<IssuedTokens> {
    const ttl = this.config.values.TOKEN_TTL_SECONDS;
    const claims: AccessClaims = { sub: String(staff.id), sid: sessionId, pv: staff.passwordVersion };
    return {
      token: await this.jwt.signAsync(claims),
      refreshToken,
      expiresIn: ttl,
      sessionExpiresAt: sessionExpiresAt.toISOString(),
      staff: principalOf(staff),
    };
  }
}
