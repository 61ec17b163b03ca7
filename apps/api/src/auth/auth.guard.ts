import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { StaffRole } from '../../../../prisma/client';
import type { StaffPrincipal } from './current-staff.decorator';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';
import { SessionsService } from './sessions.service';

/** Every endpoint needs a valid token unless marked @Public(); @Roles() narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException({ statusCode: 401, message: 'Sign in first: a Bearer token is required.' });
    }
    // The session and the staff record as they are now (sessions.service.ts): 401 if either has ended or changed.
    const staff: StaffPrincipal = await this.sessions.authenticate(token);
    request.staff = staff;

    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles?.length && staff.role !== 'ADMIN' && !roles.includes(staff.role)) {
      throw new ForbiddenException({ statusCode: 403, message: `This action needs one of the roles: ${roles.join(', ')}.` });
    }
    return true;
  }
}
