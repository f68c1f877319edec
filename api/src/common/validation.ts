import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ApiErrorDetail } from '@lederloeft/contracts';

/** Flattens class-validator's tree into one entry per field, with a path like `a[1].b.da`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const segment = /^\d+$/.test(error.property)
      ? `[${error.property}]`
      : parent
        ? `.${error.property}`
        : error.property;
    const path = `${parent}${segment}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path,
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** The global pipe: strip nothing silently, reject unknown fields, convert types explicitly. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Implicit conversion would turn the string "false" into true.
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return new BadRequestException({
        message: `Forespørgslen er ugyldig: ${details.length} fejl. Se details for hvilke felter.`,
        code: 'VALIDATION_FAILED',
        details,
      });
    },
  });
}
