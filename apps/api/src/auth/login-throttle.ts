import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { AppConfigService } from '../common/app-config.service';
import { PrismaService } from '../database/prisma.service';

/** 429: sign-in is locked for this account or this address until `retryAt`. */
export class SignInLocked extends HttpException {
  constructor(readonly retryAt: Date) {
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
    super(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: `Too many failed sign-ins: sign-in is locked. Try again in ${minutes} minutes.`,
        retryAt: retryAt.toISOString(),
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sign-in attempts, kept in the database so that every API process sees them. An attempt is written
 * first (as a failure) and only then counted, so that guesses sent all at once cannot pass the count
 * together. After LOGIN_MAX_FAILURES failures for an account (since its last success) within
 * LOGIN_LOCK_SECONDS, or LOGIN_MAX_FAILURES_PER_ADDRESS from one client address, sign-in is refused for
 * LOGIN_LOCK_SECONDS, even with the right password; each failure is answered late.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly prisma: PrismaService,
    private readonly config: AppConfigService,
  ) {}

  /** Records the attempt; 429 when the account or the address is locked. Answers the attempt's id. */
  async begin(username: string, address: string): Promise<number> {
    const key = username.toLowerCase();
    const attempt = await this.prisma.loginAttempt.create({ data: { username: key, address, outcome: 'FAILED' } });
    const lockedUntil = await this.lockedUntil(key, address, attempt.id);
    if (lockedUntil) {
      await this.prisma.loginAttempt.update({ where: { id: attempt.id }, data: { outcome: 'LOCKED' } });
      throw new SignInLocked(lockedUntil);
    }
    return attempt.id;
  }

  async succeeded(attemptId: number): Promise<void> {
    await this.prisma.loginAttempt.update({ where: { id: attemptId }, data: { outcome: 'SUCCEEDED' } });
  }

  /** The attempt stays a failure; the answer waits longer the more the account failed lately. */
  async failed(username: string): Promise<void> {
    const { LOGIN_FAILURE_DELAY_MS: delay, LOGIN_LOCK_SECONDS: lock } = this.config.values;
    const recent = await this.prisma.loginAttempt.count({
      where: { username: username.toLowerCase(), outcome: 'FAILED', at: { gt: new Date(Date.now() - lock * 1000) } },
    });
    await sleep(delay * Math.min(4, 2 ** Math.max(0, recent - 1)) * (0.9 + Math.random() * 0.2));
  }

  private async lockedUntil(username: string, address: string, own: number): Promise<Date | undefined> {
    const { LOGIN_MAX_FAILURES: perAccount, LOGIN_MAX_FAILURES_PER_ADDRESS: perAddress, LOGIN_LOCK_SECONDS: lock } = this.config.values;
    const windowMs = lock * 1000;
    const since = new Date(Date.now() - windowMs);
    const lastSuccess = await this.prisma.loginAttempt.findFirst({
      where: { username, outcome: 'SUCCEEDED', at: { gt: since } },
      orderBy: { at: 'desc' },
      select: { at: true },
    });
    const until = [
      await this.lockEnd({ username, at: { gt: lastSuccess?.at ?? since } }, own, perAccount, windowMs),
      await this.lockEnd({ address, at: { gt: since } }, own, perAddress, windowMs),
    ].filter((d): d is Date => !!d && d.getTime() > Date.now());
    return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : undefined;
  }

  /**
   * With `max` or more attempts that did not succeed in the window (failed, or refused while locked, so
   * that guesses sent all at once count as well), the lock lasts until the oldest of the last `max` of
   * them leaves the window.
   */
  private async lockEnd(where: object, own: number, max: number, windowMs: number): Promise<Date | undefined> {
    const recent = await this.prisma.loginAttempt.findMany({
      where: { ...where, outcome: { in: ['FAILED', 'LOCKED'] }, id: { not: own } },
      orderBy: { at: 'desc' },
      take: max,
      select: { at: true },
    });
    return recent.length < max ? undefined : new Date(recent[max - 1].at.getTime() + windowMs);
  }
}
