import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LoginDto, LogoutDto, RefreshDto } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentStaff, type StaffPrincipal } from './current-staff.decorator';
import { SignInLocked } from './login-throttle';
import { Public } from './public.decorator';
import { SessionsService } from './sessions.service';

const bearer = (request: Request): string | undefined => {
  const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Sign-in: `token` (the short-lived access token for the Authorization header) and `refreshToken`.
   * 401 says nothing about which part was wrong; 429 (with Retry-After) while the account or the address is locked.
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    try {
      return await this.auth.login(body.username, body.password, {
        address: request.ip ?? request.socket.remoteAddress ?? 'unknown',
        userAgent: request.headers['user-agent'],
      });
    } catch (error) {
      if (error instanceof SignInLocked) {
        response.setHeader('Retry-After', String(Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000))));
      }
      throw error;
    }
  }

  /** A new access token (and a new refresh token: the one given stops working). 401 once the session has ended. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto) {
    return this.sessions.refresh(body.refreshToken);
  }

  /** Sign-out: ends the session on the server (the Bearer token's, even expired, and/or the refresh token's). */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: LogoutDto, @Req() request: Request) {
    await this.sessions.logout({ token: bearer(request), refreshToken: body?.refreshToken });
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentStaff() staff: StaffPrincipal) {
    return staff;
  }
}
