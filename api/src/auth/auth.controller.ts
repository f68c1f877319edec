import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeResponse } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { Policy } from '../common/policy.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';
import { principalOf } from './principal-of';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @Policy('public')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; sets the HttpOnly session cookie' })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const result = await this.auth.login(body.email, body.password, request.ip);
    if (result.kind === 'throttled') {
      const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      void reply.header('retry-after', String(seconds));
      throw new HttpException(
        {
          message:
            result.reason === 'account-locked'
              ? 'For mange forsøg på at logge ind. Vent et kvarter, og prøv igen.'
              : 'Der er mange forsøg på at logge ind fra din adresse. Vent et øjeblik, og prøv igen.',
          code: 'THROTTLED',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    if (result.kind === 'refused') {
      throw new UnauthorizedException('Forkert e-mail eller adgangskode.');
    }
    // A session the browser already had is ended: one sign-in, one session.
    if (request.principal?.sessionId) await this.auth.logout(request.principal.sessionId);
    void reply.header('set-cookie', this.auth.sessionCookie(result.token));
    return result.me;
  }

  @Post('auth/logout')
  @Policy('authenticated')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session is revoked at once' })
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const principal = principalOf(request);
    if (principal.sessionId) await this.auth.logout(principal.sessionId);
    void reply.header('set-cookie', this.auth.clearedCookie());
  }

  @Post('auth/password')
  @Policy('authenticated')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change password; every other session of the account is revoked' })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    const principal = principalOf(request);
    if (principal.via !== 'session' || !principal.sessionId) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Adgangskoden skifter man, når man er logget ind som sig selv.',
      );
    }
    await this.auth.changePassword(
      principal.accountId,
      principal.sessionId,
      body.currentPassword,
      body.newPassword,
    );
  }

  @Get('me')
  @Policy('authenticated')
  @ApiOperation({
    summary: 'The signed-in person: roles, leader record, director scopes, CSRF token',
  })
  me(@Req() request: FastifyRequest): MeResponse {
    return this.auth.me(principalOf(request));
  }
}
