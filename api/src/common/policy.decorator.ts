import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a route. Every handler must declare one: the guard denies routes without
 * a policy (deny by default), and the authorization test fails on them.
 * - `public`: anyone, signed in or not (the leadership foundation is a public document).
 * - `admin`: administrators; until sign-in exists, a bearer token (docs/adr/0004).
 */
export type AccessPolicy = 'public' | 'admin';
export const POLICY_KEY = 'lederloeft:policy';

export const Policy = (policy: AccessPolicy) => SetMetadata(POLICY_KEY, policy);
