import type {
  EffectStrength,
  OfferFormat,
  OfferKind,
  OfferLanguage,
  OfferStatus,
} from '@lederloeft/contracts';

/**
 * Danish names of the catalogue's enumerations, as HR writes them in the spreadsheet and
 * reads them in exports. Parsing also accepts the English names and the API keys.
 */
export const OFFER_KIND_NAMES: Record<OfferKind, string> = {
  course: 'Kursus',
  'diploma-module': 'Diplommodul',
  'e-learning': 'E-læring',
  network: 'Netværk',
  coaching: 'Coaching',
  mentoring: 'Mentorordning',
  'theme-day': 'Temadag',
  'job-rotation': 'Jobrotation/følordning',
};
const OFFER_KIND_ALIASES: Record<string, OfferKind> = {
  kursus: 'course',
  course: 'course',
  uddannelse: 'course',
  diplommodul: 'diploma-module',
  diplomamodul: 'diploma-module',
  modul: 'diploma-module',
  mastermodul: 'diploma-module',
  'diploma-module': 'diploma-module',
  elæring: 'e-learning',
  'e-læring': 'e-learning',
  'e-learning': 'e-learning',
  elearning: 'e-learning',
  netværk: 'network',
  netværksgruppe: 'network',
  network: 'network',
  coaching: 'coaching',
  mentorordning: 'mentoring',
  mentor: 'mentoring',
  mentoring: 'mentoring',
  temadag: 'theme-day',
  'theme-day': 'theme-day',
  'theme day': 'theme-day',
  jobrotation: 'job-rotation',
  'jobrotation/følordning': 'job-rotation',
  følordning: 'job-rotation',
  'job-rotation': 'job-rotation',
  shadowing: 'job-rotation',
};

export const OFFER_FORMAT_NAMES: Record<OfferFormat, string> = {
  'in-person': 'Fremmøde',
  online: 'Online',
  blended: 'Blended',
};
const OFFER_FORMAT_ALIASES: Record<string, OfferFormat> = {
  fremmøde: 'in-person',
  'in-person': 'in-person',
  tilstedeværelse: 'in-person',
  online: 'online',
  virtuel: 'online',
  blended: 'blended',
  kombineret: 'blended',
};

export const OFFER_LANGUAGE_NAMES: Record<OfferLanguage, string> = { da: 'Dansk', en: 'Engelsk' };
const OFFER_LANGUAGE_ALIASES: Record<string, OfferLanguage> = {
  dansk: 'da',
  da: 'da',
  danish: 'da',
  engelsk: 'en',
  en: 'en',
  english: 'en',
};

export const OFFER_STATUS_NAMES: Record<OfferStatus, string> = {
  draft: 'Kladde',
  published: 'Udgivet',
  archived: 'Arkiveret',
};
const OFFER_STATUS_ALIASES: Record<string, OfferStatus> = {
  kladde: 'draft',
  draft: 'draft',
  udgivet: 'published',
  published: 'published',
  aktiv: 'published',
  arkiveret: 'archived',
  archived: 'archived',
};

export const EFFECT_STRENGTH_NAMES: Record<EffectStrength, string> = {
  none: 'Ingen',
  some: 'Noget',
  strong: 'Stærk',
};
const EFFECT_STRENGTH_ALIASES: Record<string, EffectStrength> = {
  '': 'none',
  ingen: 'none',
  none: 'none',
  '-': 'none',
  '0': 'none',
  noget: 'some',
  nogen: 'some',
  lidt: 'some',
  some: 'some',
  '1': 'some',
  stærk: 'strong',
  stærkt: 'strong',
  strong: 'strong',
  '2': 'strong',
};

const key = (value: string) => value.trim().toLocaleLowerCase('da-DK');

export const parseOfferKind = (v: string): OfferKind | null => OFFER_KIND_ALIASES[key(v)] ?? null;
export const parseOfferFormat = (v: string): OfferFormat | null =>
  OFFER_FORMAT_ALIASES[key(v)] ?? null;
export const parseOfferLanguage = (v: string): OfferLanguage | null =>
  OFFER_LANGUAGE_ALIASES[key(v)] ?? null;
export const parseOfferStatus = (v: string): OfferStatus | null =>
  OFFER_STATUS_ALIASES[key(v)] ?? null;
export const parseEffectStrength = (v: string): EffectStrength | null =>
  EFFECT_STRENGTH_ALIASES[key(v)] ?? null;

const THOUSANDS_WITH_DOTS = /^-?\d{1,3}(\.\d{3})+$/;

/**
 * A number as Danish Excel and HR write it: `12.500,00`, `12500,5`, `1 250`, `kr. 3.000`;
 * also plain `12500.5` (English exports, XLSX cells). A dot followed by groups of exactly
 * three digits is a thousands separator (`12.500` is twelve thousand five hundred).
 * Null when the text is not a number.
 */
export function parseDanishNumber(value: string): number | null {
  let v = value
    .trim()
    .replace(/^(kr\.?|dkk)\s*/i, '')
    .replace(/\s*(kr\.?|dkk|,-)$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (v === '') return null;
  if (v.includes(',')) {
    v = v.replace(/\./g, '').replace(',', '.');
  } else if (THOUSANDS_WITH_DOTS.test(v)) {
    v = v.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  return Number(v);
}

/** A number the way Danish Excel writes it: `12.500,00` (two decimals) or `7,5`. */
export function formatDanishNumber(value: number, decimals?: number): string {
  return value.toLocaleString('da-DK', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
    useGrouping: true,
  });
}

/** An ISO date (YYYY-MM-DD) as dd-mm-yyyy. */
export function formatDanishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/**
 * Text for case-insensitive search that keeps the Danish letters: lower case, accents
 * removed (é → e, ü → u) except the ring of å, and whitespace collapsed. Used both for the
 * stored search columns and the query, so that `LEDELSE`, `ledelse` and `Ledelse` meet.
 */
export function normalizeSearchText(value: string): string {
  return value
    .toLocaleLowerCase('da-DK')
    .normalize('NFD')
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a free-text query, normalised; at most 8, each at most 60 characters. */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeSearchText(query)
        .split(' ')
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => w.length > 0),
    ),
  ]
    .slice(0, 8)
    .map((w) => w.slice(0, 60));
}
