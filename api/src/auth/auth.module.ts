import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PolicyGuard } from '../common/policy.guard';
import { RateLimitGuard } from '../common/rate-limits/rate-limit';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PrincipalService } from './principal.service';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [AuthController, AccountsController],
  providers: [
    AuthService,
    AccountsService,
    PasswordHasher,
    LoginThrottle,
    SessionsService,
    PrincipalService,
    // Global: every route of every module passes the PolicyGuard, then the rate limits
    // (which need the caller the PolicyGuard resolved).
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [PasswordHasher],
})
export class AuthModule {}
