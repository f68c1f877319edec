import type {
  EffectStrength,
  Language,
  OfferFormat,
  OfferKind,
  OfferLanguage,
  OfferSessionView,
  OfferSort,
  OfferStatus,
} from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';

export const KIND_LABELS: Readonly<Record<OfferKind, UiKey>> = {
  course: 'catalogue.kind.course',
  'diploma-module': 'catalogue.kind.diploma-module',
  'e-learning': 'catalogue.kind.e-learning',
  network: 'catalogue.kind.network',
  coaching: 'catalogue.kind.coaching',
  mentoring: 'catalogue.kind.mentoring',
  'theme-day': 'catalogue.kind.theme-day',
  'job-rotation': 'catalogue.kind.job-rotation',
};

export const FORMAT_LABELS: Readonly<Record<OfferFormat, UiKey>> = {
  'in-person': 'catalogue.format.in-person',
  online: 'catalogue.format.online',
  blended: 'catalogue.format.blended',
};

export const LANGUAGE_LABELS: Readonly<Record<OfferLanguage, UiKey>> = {
  da: 'catalogue.language.da',
  en: 'catalogue.language.en',
};

export const STATUS_LABELS: Readonly<Record<OfferStatus, UiKey>> = {
  draft: 'catalogue.status.draft',
  published: 'catalogue.status.published',
  archived: 'catalogue.status.archived',
};

export const STRENGTH_LABELS: Readonly<Record<EffectStrength, UiKey>> = {
  none: 'catalogue.strength.none',
  some: 'catalogue.strength.some',
  strong: 'catalogue.strength.strong',
};

export const SORT_LABELS: Readonly<Record<OfferSort, UiKey>> = {
  relevance: 'catalogue.sort.relevance',
  date: 'catalogue.sort.date',
  price: 'catalogue.sort.price',
  title: 'catalogue.sort.title',
};

function locale(lang: Language): string {
  return lang === 'da' ? 'da-DK' : 'en-GB';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, min: number, max: number): Intl.NumberFormat {
  const id = `${lang}:${min}:${max}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    numberFormats.set(id, format);
  }
  return format;
}

/** An amount of kroner as a number: "12.500" or, with øre, "12.500,50". */
export function formatAmount(value: number, lang: Language): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return numberFormat(lang, digits, digits).format(value);
}

/** A price in kroner: "12.500 kr." / "12.500,50 kr." in Danish, "DKK 12,500" in English. */
export function formatPrice(value: number, lang: Language): string {
  const number = formatAmount(value, lang);
  return lang === 'da' ? `${number} kr.` : `DKK ${number}`;
}

/** A number with up to two decimals as the language writes it: "7,5" / "7.5". */
export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, 0, 2).format(value);
}

/** An ISO date (YYYY-MM-DD) as dd-mm-yyyy, the way Danish spreadsheets write it. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** A session's dates: one day, or first and last day. */
export function formatPeriod(session: Pick<OfferSessionView, 'startDate' | 'endDate'>): string {
  return session.endDate && session.endDate !== session.startDate
    ? `${formatDate(session.startDate)} – ${formatDate(session.endDate)}`
    : formatDate(session.startDate);
}

/** Whether a session can be signed up for: `open`, `full` (no free seats) or `closed`. */
export function sessionState(session: OfferSessionView): 'open' | 'full' | 'closed' {
  if (!session.registrationOpen) {
    return 'closed';
  }
  return session.freeSeats > 0 ? 'open' : 'full';
}

/**
 * A decimal typed by a Danish (or English) person: "12.500,50", "12500.5", "7,5" → number;
 * null when blank; NaN when it is not a number.
 */
export function parseDecimal(raw: string): number | null {
  let text = raw.trim().replace(/\s|kr\.?$/gi, '');
  if (text === '') {
    return null;
  }
  if (text.includes(',')) {
    // Danish: dots group thousands, the comma is the decimal mark.
    text = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    // "12.500": Danish thousands, not a decimal.
    text = text.replace(/\./g, '');
  }
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
