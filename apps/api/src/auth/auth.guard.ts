import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { StaffPrincipal } from './current-staff.decorator';
import { IS_PUBLIC } from './public.decorator';
import { SessionsService } from './sessions.service';
import { PermissionsService } from '../permissions/permissions.service';

/** Every endpoint needs a valid token unless marked @Public(), and the permission its operation has in the table. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly permissions: PermissionsService,
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

    // What this staff member may do: the permission table, deny by default (apps/api/src/permissions).
    this.permissions.authorize(request, staff);
    return true;
  }
}
