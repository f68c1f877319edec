import { BadRequestException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { createValidationPipe, flattenValidationErrors } from './validation';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
) => Object.assign(new ValidationError(), { property, constraints, children });

describe('flattenValidationErrors', () => {
  it('gives one entry per broken constraint with a path into the body, array indexes in brackets', () => {
    const tree = [
      error('competencies', undefined, [
        error('1', undefined, [
          error('behaviours', undefined, [
            error('0', undefined, [error('key', { isString: 'key must be a string' })]),
          ]),
        ]),
      ]),
      error('schema', { isIn: 'schema must be "lederloeft.framework/v1"', other: 'second' }),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { path: 'competencies[1].behaviours[0].key', message: 'key must be a string' },
      { path: 'schema', message: 'schema must be "lederloeft.framework/v1"' },
      { path: 'schema', message: 'second' },
    ]);
  });
});

describe('createValidationPipe', () => {
  it('answers with VALIDATION_FAILED and the flattened details', () => {
    const pipe = createValidationPipe();
    const factory = (
      pipe as unknown as { exceptionFactory: (e: ValidationError[]) => BadRequestException }
    ).exceptionFactory;
    const exception = factory([error('format', { isIn: 'format skal være "json" eller "case"' })]);
    expect(exception).toBeInstanceOf(BadRequestException);
    expect(exception.getResponse()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'format', message: 'format skal være "json" eller "case"' }],
    });
  });
});
