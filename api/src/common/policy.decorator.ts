import { SetMetadata } from '@nestjs/common';
import type { Role } from '@lederloeft/contracts';

/**
 * Who may call a route. Every handler must declare it: the guard denies routes without a
 * policy (deny by default), and the authorization test fails on them.
 * - `public`: anyone, signed in or not (the leadership foundation is a public document);
 * - `authenticated`: any signed-in person; the service then checks object-level scope;
 * - one or more roles: a signed-in person holding at least one of them.
 */
export type AccessPolicy = 'public' | 'authenticated' | Role;
export const POLICY_KEY = 'lederloeft:policy';

export const Policy = (...policies: [AccessPolicy, ...AccessPolicy[]]) =>
  SetMetadata(POLICY_KEY, policies);
