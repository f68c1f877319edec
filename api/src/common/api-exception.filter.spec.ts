import { BadRequestException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from '@lederloeft/domain';
import { toApiError } from './api-exception.filter';

describe('toApiError', () => {
  const logger = { error: jest.fn() } as unknown as Logger;

  it('maps domain error codes to HTTP statuses, keeping code and details', () => {
    const details = [{ path: 'competencies', message: 'mindst én' }];
    expect(toApiError(new DomainError('VALIDATION_FAILED', 'Ugyldig', details), logger)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Ugyldig',
      code: 'VALIDATION_FAILED',
      details,
    });
    expect(toApiError(new DomainError('FRAMEWORK_IMMUTABLE', 'Udgivet'), logger)).toMatchObject({
      statusCode: 409,
      code: 'FRAMEWORK_IMMUTABLE',
    });
    expect(toApiError(new DomainError('NOT_FOUND', 'Findes ikke'), logger).statusCode).toBe(404);
  });

  it('translates the English messages Fastify gives for malformed or oversized bodies', () => {
    const invalidJson = new BadRequestException(
      "Body is not valid JSON but content-type is set to 'application/json'",
    );
    expect(toApiError(invalidJson, logger).message).toBe('Forespørgslen er ikke gyldig JSON.');
    expect(
      toApiError(new HttpException('Unsupported Media Type: text/csv', 415), logger).message,
    ).toContain('send JSON');
  });

  it('keeps the message of ordinary HTTP exceptions', () => {
    expect(toApiError(new NotFoundException('Udgaven findes ikke.'), logger)).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Udgaven findes ikke.',
    });
  });

  it('hides the internals of unexpected errors behind a 500, and logs them', () => {
    const result = toApiError(new Error('SQLITE_CORRUPT at /var/lib/secret.db'), logger);
    expect(result.statusCode).toBe(500);
    expect(result.message).not.toContain('SQLITE');
    expect(logger.error).toHaveBeenCalled();
  });
});
