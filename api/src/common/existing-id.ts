import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@lederloeft/domain';

/**
 * Pipe for a path id: an id that is not a UUID cannot exist, so it is simply "not found"
 * (404 with `message`), not a lesson in UUID syntax.
 */
export const existingId = (message: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new DomainError('NOT_FOUND', message) });
