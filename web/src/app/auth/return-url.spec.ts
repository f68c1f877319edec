import { DEFAULT_RETURN_URL, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the app, with query and fragment', () => {
    expect(safeReturnUrl('/min-udvikling')).toBe('/min-udvikling');
    expect(safeReturnUrl('/ledelsesgrundlag/hedekraft?x=1#top')).toBe(
      '/ledelsesgrundlag/hedekraft?x=1#top',
    );
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['   '],
    ['min-udvikling'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/\t/evil.example'],
    ['https://evil.example/min-udvikling'],
    ['http:/evil.example'],
    ['javascript:alert(1)'],
    ['/log-ind'],
    ['/log-ind?returnUrl=/log-ind'],
    [`/${'a'.repeat(2001)}`],
  ])('falls back to Min udvikling for %p', (value) => {
    expect(safeReturnUrl(value)).toBe(DEFAULT_RETURN_URL);
  });
});
