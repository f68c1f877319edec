import { UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal';

/** The caller the PolicyGuard resolved; on routes that require sign-in it is always there. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthorizedException('Du skal logge ind.');
  return request.principal;
}
