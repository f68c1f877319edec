import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ApiError, ApiErrorDetail } from '@lederloeft/contracts';
import { DomainError, DomainErrorCode } from '@lederloeft/domain';
import type { SpaFallback } from './spa-fallback';

/** The one mapping of domain error codes to HTTP statuses. */
const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  FRAMEWORK_IMMUTABLE: HttpStatus.CONFLICT,
  FRAMEWORK_NOT_PUBLISHABLE: HttpStatus.CONFLICT,
  FRAMEWORK_CONFLICT: HttpStatus.CONFLICT,
  CONFLICT: HttpStatus.CONFLICT,
  STALE_VERSION: HttpStatus.CONFLICT,
  ORGANISATION_CONFLICT: HttpStatus.CONFLICT,
};

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Builds the single error shape every response uses. */
export function apiError(
  statusCode: number,
  message: string,
  extra: Partial<ApiError> = {},
): ApiError {
  return {
    statusCode,
    error: STATUS_NAMES[statusCode] ?? 'Error',
    message,
    ...extra,
  };
}

/** Turns a thrown value into the error shape; unknown errors become a 500 without internals. */
export function toApiError(exception: unknown, logger: Logger): ApiError {
  if (exception instanceof DomainError) {
    return apiError(DOMAIN_STATUS[exception.code], exception.message, {
      code: exception.code,
      ...(exception.details.length ? { details: exception.details } : {}),
    });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    if (typeof body === 'object' && body !== null) {
      const b = body as {
        message?: unknown;
        details?: ApiErrorDetail[];
        code?: string;
      };
      const raw = Array.isArray(b.message)
        ? b.message.join('; ')
        : String(b.message ?? exception.message);
      const message = translateFastifyMessage(status, raw);
      return apiError(status, message, {
        ...(b.code ? { code: b.code } : {}),
        ...(b.details ? { details: b.details } : {}),
      });
    }
    return apiError(status, translateFastifyMessage(status, String(body)));
  }
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return apiError(
    500,
    'Der opstod en uventet fejl. Prøv igen, og kontakt support hvis det fortsætter.',
  );
}

/**
 * Nest turns the errors Fastify raises before a request reaches a controller (malformed
 * JSON, body too large, wrong content type) into HttpExceptions carrying Fastify's
 * English text; these are the Danish messages for them.
 */
const FASTIFY_MESSAGES = new Map<string, string>([
  [new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY().message, 'Forespørgslen er ikke gyldig JSON.'],
  [new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY().message, 'Forespørgslen mangler indhold.'],
  [new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE().message, 'Forespørgslen er for stor.'],
]);

function translateFastifyMessage(status: number, message: string): string {
  if (status === 415)
    return 'Indholdstypen understøttes ikke; send JSON (Content-Type: application/json).';
  return FASTIFY_MESSAGES.get(message) ?? message;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  constructor(private readonly spa: SpaFallback | null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const error = toApiError(exception, this.logger);
    // Deep links into the Angular app (e.g. /ledelsesgrundlag/hedekraft) get index.html.
    if (error.statusCode === 404 && this.spa?.handles(request)) {
      this.spa.send(reply);
      return;
    }
    void reply
      .status(error.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(error);
  }
}
