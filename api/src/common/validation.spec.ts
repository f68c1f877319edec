import { BadRequestException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { createValidationPipe, flattenValidationErrors } from './validation';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
  value: unknown = 'given',
) => Object.assign(new ValidationError(), { property, constraints, children, value });

describe('flattenValidationErrors', () => {
  it('gives one entry per broken constraint with a path into the body, array indexes in brackets', () => {
    const tree = [
      error('competencies', undefined, [
        error('1', undefined, [
          error('behaviours', undefined, [
            error('0', undefined, [error('key', { isString: 'key must be a string' }, [], 42)]),
          ]),
        ]),
      ]),
      error('schema', { isIn: 'schema skal være "lederloeft.framework/v1"', other: 'second' }),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { path: 'competencies[1].behaviours[0].key', message: 'Skal være tekst.' },
      { path: 'schema', message: 'schema skal være "lederloeft.framework/v1"' },
      { path: 'schema', message: 'second' },
    ]);
  });

  it('says a missing field is missing, once, instead of every rule it breaks', () => {
    // class-validator reports a field that is absent with value undefined.
    const missing = Object.assign(
      error('key', {
        isString: 'key must be a string',
        maxLength: 'key must be shorter than or equal to 100 characters',
      }),
      { value: undefined },
    );
    expect(flattenValidationErrors([missing])).toEqual([
      { path: 'key', message: 'Feltet mangler.' },
    ]);
  });

  it('translates the common constraints to Danish, keeping their limits', () => {
    const tree = [
      error('title', { maxLength: 'title must be shorter than or equal to 300 characters' }),
      error('group', { isIn: 'group must be one of the following values: frame, personal' }),
      error('secret', { whitelistValidation: 'property secret should not exist' }),
    ];
    expect(flattenValidationErrors(tree).map((d) => d.message)).toEqual([
      'Må højst være 300 tegn.',
      'Skal være en af: frame, personal.',
      'Feltet findes ikke i formatet.',
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
