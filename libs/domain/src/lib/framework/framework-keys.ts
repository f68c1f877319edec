/**
 * Stable keys let assessments and plans refer to a competency or behaviour across
 * editions, so they must be plain, URL-safe and predictable.
 */
export const STABLE_KEY_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const STABLE_KEY_MAX_LENGTH = 100;

/** True when `key` may be used as a stable key. */
export function isStableKey(key: string): boolean {
  return key.length <= STABLE_KEY_MAX_LENGTH && STABLE_KEY_PATTERN.test(key);
}
