/**
 * Reads one cookie from a Cookie header: the first value of that name that decodes. A value
 * that does not (`%%%`, a broken escape another site or an old version may have left) counts
 * as absent rather than failing the request, so the person can still sign in, and a valid
 * cookie of the same name later in the header still counts.
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // not a value we wrote: look further
    }
  }
  return null;
}

/** A Set-Cookie value for the session: HttpOnly, SameSite=Lax, Path=/. */
export function sessionCookie(
  name: string,
  value: string,
  options: { maxAgeSeconds: number; secure: boolean },
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
