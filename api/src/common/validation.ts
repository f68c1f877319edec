import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ApiErrorDetail } from '@lederloeft/contracts';

/**
 * class-validator writes English messages ("key must be a string"); the people who read
 * them import Danish files, so the common constraints are said in Danish. Messages we
 * wrote ourselves on a decorator are already Danish and pass through unchanged.
 */
function danishMessage(constraint: string, message: string): string {
  switch (constraint) {
    case 'isString':
      return 'Skal være tekst.';
    case 'isArray':
      return 'Skal være en liste.';
    // Our own messages on these rules are Danish already; class-validator's say "must be".
    case 'isNumber':
      return /must be/.test(message) ? 'Skal være et tal.' : message;
    case 'isInt':
      return /must be/.test(message) ? 'Skal være et helt tal.' : message;
    case 'isBoolean':
      return /must be/.test(message) ? 'Skal være true eller false.' : message;
    case 'isNotEmptyObject':
    case 'nestedValidation':
      return 'Skal være et objekt.';
    case 'whitelistValidation':
      return 'Feltet findes ikke i formatet.';
    case 'maxLength': {
      const max = /(\d+) characters/.exec(message)?.[1];
      return max ? `Må højst være ${max} tegn.` : message;
    }
    case 'arrayMaxSize': {
      const max = /(\d+) elements/.exec(message)?.[1];
      return max ? `Listen må højst have ${max} elementer.` : message;
    }
    case 'isIn': {
      const values = /one of the following values: (.*)$/.exec(message)?.[1];
      return values ? `Skal være en af: ${values}.` : message;
    }
    default:
      return message;
  }
}

/** Flattens class-validator's tree into one entry per problem, with a path like `a[1].b.da`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const segment = /^\d+$/.test(error.property)
      ? `[${error.property}]`
      : parent
        ? `.${error.property}`
        : error.property;
    const path = `${parent}${segment}`;
    const constraints = Object.entries(error.constraints ?? {});
    // A missing field breaks every rule on it; "it is missing" is the one worth saying.
    const missing = error.value === undefined || error.value === null;
    // A value of the wrong type breaks the range rules too; its type is the one worth saying.
    const typeRules = ['isNumber', 'isInt', 'isString', 'isBoolean'];
    const wrongType = constraints.filter(([name]) => typeRules.includes(name));
    const own =
      wrongType.length > 0 && !missing
        ? wrongType.map(([name, message]) => ({ path, message: danishMessage(name, message) }))
        : missing &&
            constraints.length > 0 &&
            constraints.every(([name]) => name !== 'whitelistValidation')
          ? [{ path, message: 'Feltet mangler.' }]
          : constraints.map(([name, message]) => ({ path, message: danishMessage(name, message) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** The global pipe: reject unknown fields, convert types only where a DTO says so. */
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
