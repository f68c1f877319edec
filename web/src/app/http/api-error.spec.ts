import { HttpErrorResponse } from '@angular/common/http';
import { apiMessageFor, toRequestFailure } from './api-error';

describe('toRequestFailure', () => {
  it('reads status, message and code from an ApiError body', () => {
    const error = new HttpErrorResponse({
      status: 403,
      error: { statusCode: 403, error: 'Forbidden', message: 'Ugyldig token.', code: 'CSRF' },
    });
    expect(toRequestFailure(error)).toEqual({
      status: 403,
      message: 'Ugyldig token.',
      code: 'CSRF',
    });
  });

  it('has no message for other bodies and status 0 for anything but an HTTP error', () => {
    expect(toRequestFailure(new HttpErrorResponse({ status: 502, error: '<html>' }))).toEqual({
      status: 502,
      message: null,
      code: null,
    });
    expect(toRequestFailure(new Error('boom'))).toEqual({ status: 0, message: null, code: null });
  });
});

describe('apiMessageFor', () => {
  const failure = { status: 400, message: 'Teksten er for lang.', code: null };

  it('gives the API (Danish) message for client errors in the Danish interface only', () => {
    expect(apiMessageFor(failure, 'da')).toBe('Teksten er for lang.');
    expect(apiMessageFor(failure, 'en')).toBeNull();
    expect(apiMessageFor({ ...failure, status: 500 }, 'da')).toBeNull();
  });
});
