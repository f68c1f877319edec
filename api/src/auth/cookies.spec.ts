import { readCookie } from './cookies';

describe('readCookie', () => {
  it('reads a cookie among others and decodes it', () => {
    expect(readCookie('a=1; ll_session=ab%2Fcd; b=2', 'll_session')).toBe('ab/cd');
    expect(readCookie('a=1', 'll_session')).toBeNull();
    expect(readCookie(undefined, 'll_session')).toBeNull();
  });

  it('treats a value that does not decode as absent, and keeps looking', () => {
    expect(readCookie('ll_session=%%%', 'll_session')).toBeNull();
    expect(readCookie('ll_session=%E0%A4%A; ll_session=good', 'll_session')).toBe('good');
  });
});
