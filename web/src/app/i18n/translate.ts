import type { Language, LocalizedText } from '@lederloeft/contracts';
import { da } from './da';
import { en } from './en';
import type { UiKey } from './ui-key';
import type { TranslateParams, UiText } from './ui-text';

const dictionaries: Record<Language, Record<UiKey, UiText>> = { da, en };
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(lang: Language, count: number): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The UI string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Language, key: UiKey, params?: TranslateParams): string {
  const entry = dictionaries[lang][key];
  const template =
    typeof entry === 'string' ? entry : entry[pluralCategory(lang, Number(params?.['count'] ?? 0))];
  if (!params) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** Picks the text of `lang` from a localized text, falling back to Danish when it is blank. */
export function localize(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) {
    return '';
  }
  return text[lang]?.trim() ? text[lang] : text.da;
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A long date in the municipality's time zone: "27. november 2026" / "27 November 2026". */
export function formatLongDate(iso: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'Europe/Copenhagen',
    });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}

const timeFormats = new Map<Language, Intl.DateTimeFormat>();

/** A clock time in the municipality's time zone: "14.32" / "14:32". */
export function formatTime(iso: string, lang: Language): string {
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    });
    timeFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}
