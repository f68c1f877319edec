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

/** Danish letters spelled out the way the seed's keys do (`paa-tvaers`, `hoejt`). */
const DANISH_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };
/** Words taken from the text: enough to recognise the item, short enough to read. */
const KEY_WORDS = 5;

/**
 * A stable key for a new item (behaviour or dogma), made from the first words of its
 * Danish text and prefixed with the competency key by the seed's convention:
 * `handlekraft` + "Give medarbejderne råderum" → `handlekraft.give-medarbejderne-raaderum`.
 * A key already in `taken` gets `-2`, `-3` … appended. Always a valid stable key.
 */
export function newStableKey(prefix: string, text: string, taken: ReadonlySet<string>): string {
  const words = text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, KEY_WORDS);
  const slug = words.length ? words.join('-') : 'ny';
  const base = (prefix ? `${prefix}.${slug}` : slug).slice(0, STABLE_KEY_MAX_LENGTH - 4);
  const start = base.replace(/[.-]+$/, '');
  let key = start;
  for (let n = 2; taken.has(key); n++) {
    key = `${start}-${n}`;
  }
  return key;
}
