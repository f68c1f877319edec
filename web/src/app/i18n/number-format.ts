import type { Language } from '@lederloeft/contracts';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A level or difference with a fixed number of decimals, in the notation of the language:
 * "3,4" in Danish, "3.4" in English.
 */
export function formatDecimal(value: number, lang: Language, digits = 1): string {
  const id = `${lang}:${digits}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(id, format);
  }
  return format.format(value);
}

/**
 * A gap or difference: one decimal, or two when one decimal would round a real difference
 * to "0,0" (a gap of 0.04 must not read as no gap).
 */
export function formatDifference(value: number, lang: Language): string {
  const magnitude = Math.abs(value);
  return formatDecimal(magnitude, lang, magnitude > 0 && magnitude < 0.05 ? 2 : 1);
}
