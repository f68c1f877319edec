import type { OrgUnitRef, Role } from '@lederloeft/contracts';
import type { Actor } from '@lederloeft/domain';

/** The signed-in caller, resolved once per request by the PolicyGuard. */
export interface Principal extends Actor {
  accountId: string;
  email: string;
  name: string;
  roles: Role[];
  directorScopes: (OrgUnitRef & { path: string })[];
  /** `session`: browser with cookie (writes need the CSRF token); `token`: the admin API token. */
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
