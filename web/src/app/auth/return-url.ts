export const DEFAULT_RETURN_URL = '/min-udvikling';
export const SIGN_IN_PATH = '/log-ind';

/** Tabs and newlines are dropped by URL parsers, so "/\t/host" would become "//host". */
function hasControlCharacter(text: string): boolean {
  return Array.from(text).some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}

/**
 * Where to go after signing in. Only a path inside this app is accepted ("/..."): not
 * "//host" or "/\host" (which browsers read as another host), not "https://...", not
 * "javascript:", and not the sign-in page itself. Anything else gives the default.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (typeof value !== 'string' || value.length > 2000) {
    return DEFAULT_RETURN_URL;
  }
  const url = value.trim();
  const ownPath =
    url.startsWith('/') &&
    !url.startsWith('//') &&
    !url.includes('\\') &&
    !hasControlCharacter(url);
  if (!ownPath) {
    return DEFAULT_RETURN_URL;
  }
  const path = url.split(/[?#]/, 1)[0];
  return path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`) ? DEFAULT_RETURN_URL : url;
}
