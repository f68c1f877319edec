import {
  EFFECT_STRENGTHS,
  OFFER_FORMATS,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  type OfferFields,
  type OfferSessionFields,
} from '@lederloeft/contracts';
import { parseEmail } from '../people/import-values';

/** What an offer's effects and levels are checked against. */
export interface CatalogueContext {
  /** The competencies of the published framework edition, in order. */
  competencies: { key: string; name: string; behaviourKeys: string[] }[];
  /** Leader levels, with their Danish names (for the spreadsheet). */
  levels: { key: string; name: string }[];
}

/** A broken rule, pointing at a field of the offer (`effects[1].behaviourKeys[0]`). */
export interface OfferIssue {
  path: keyof OfferFields | keyof OfferSessionFields | string;
  message: string;
}

const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_PRICE_DKK = 10_000_000;
export const MAX_HOURS = 2_000;
export const MAX_CAPACITY = 1_000;

const hasAtMostDecimals = (n: number, d: number) =>
  Math.abs(Math.round(n * 10 ** d) - n * 10 ** d) < 1e-6;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function text(
  issues: OfferIssue[],
  path: string,
  value: string,
  max: number,
  required: string | null,
): void {
  if (required && value.trim() === '') issues.push({ path, message: required });
  else if (value.length > max) issues.push({ path, message: `Højst ${max} tegn.` });
}

/**
 * The rules of an offer that the request's types cannot express: known competencies and
 * behaviours (of the right competency), known leader levels, sensible hours and prices,
 * a place when people meet. Every problem is returned, not just the first.
 */
export function validateOffer(fields: OfferFields, context: CatalogueContext): OfferIssue[] {
  const issues: OfferIssue[] = [];
  const code = fields.code.trim();
  if (code === '') issues.push({ path: 'code', message: 'Koden mangler.' });
  else if (code.length > 40 || !CODE.test(code)) {
    issues.push({
      path: 'code',
      message:
        'Koden må kun have bogstaver, tal og tegnene . _ - /, højst 40 tegn, uden mellemrum.',
    });
  }
  if (!OFFER_KINDS.includes(fields.kind)) issues.push({ path: 'kind', message: 'Ukendt type.' });
  text(issues, 'title', fields.title, 200, 'Titlen mangler.');
  text(issues, 'provider', fields.provider, 200, 'Udbyderen mangler.');
  text(issues, 'description', fields.description, 5000, null);
  if (!OFFER_FORMATS.includes(fields.format)) {
    issues.push({ path: 'format', message: 'Ukendt form.' });
  }
  if (!OFFER_LANGUAGES.includes(fields.language)) {
    issues.push({ path: 'language', message: 'Ukendt sprog.' });
  }
  const location = fields.location ?? '';
  if (fields.format !== 'online' && location.trim() === '') {
    issues.push({ path: 'location', message: 'Skriv stedet, når man mødes fysisk.' });
  } else if (location.length > 200) {
    issues.push({ path: 'location', message: 'Højst 200 tegn.' });
  }
  if (!(fields.hours > 0 && fields.hours <= MAX_HOURS) || !hasAtMostDecimals(fields.hours, 1)) {
    issues.push({
      path: 'hours',
      message: `Timer skal være mellem 0,5 og ${MAX_HOURS}, med højst én decimal.`,
    });
  }
  if (
    !(fields.priceDkk >= 0 && fields.priceDkk <= MAX_PRICE_DKK) ||
    !hasAtMostDecimals(fields.priceDkk, 2)
  ) {
    issues.push({
      path: 'priceDkk',
      message: 'Prisen skal være et beløb i kroner fra 0 til 10.000.000, med højst to decimaler.',
    });
  }
  if (
    fields.ects !== null &&
    (!(fields.ects > 0 && fields.ects <= 180) || !hasAtMostDecimals(fields.ects, 1))
  ) {
    issues.push({ path: 'ects', message: 'ECTS skal være mellem 0,5 og 180 – eller tomt.' });
  }
  const levels = new Set<string>();
  fields.targetLevels.forEach((level, i) => {
    if (!context.levels.some((l) => l.key === level)) {
      issues.push({ path: `targetLevels[${i}]`, message: `Ukendt lederniveau: ${level}.` });
    } else if (levels.has(level)) {
      issues.push({ path: `targetLevels[${i}]`, message: `${level} står to gange.` });
    }
    levels.add(level);
  });
  text(issues, 'prerequisites', fields.prerequisites, 2000, null);
  text(issues, 'contactName', fields.contactName, 200, null);
  if (fields.contactEmail.trim() !== '' && parseEmail(fields.contactEmail) === null) {
    issues.push({ path: 'contactEmail', message: 'Kontaktens e-mail er ikke en gyldig adresse.' });
  }
  const seen = new Set<string>();
  fields.effects.forEach((effect, i) => {
    const competency = context.competencies.find((c) => c.key === effect.competencyKey);
    if (!competency) {
      issues.push({
        path: `effects[${i}].competencyKey`,
        message: `Ukendt kompetence: ${effect.competencyKey}. Brug en af ${context.competencies
          .map((c) => c.key)
          .join(', ')}.`,
      });
      return;
    }
    if (seen.has(competency.key)) {
      issues.push({
        path: `effects[${i}].competencyKey`,
        message: `${competency.name} står to gange.`,
      });
    }
    seen.add(competency.key);
    if (!EFFECT_STRENGTHS.includes(effect.strength) || (effect.strength as string) === 'none') {
      issues.push({
        path: `effects[${i}].strength`,
        message: 'Styrken skal være noget eller stærk.',
      });
    }
    const behaviours = new Set<string>();
    effect.behaviourKeys.forEach((b, j) => {
      if (!competency.behaviourKeys.includes(b)) {
        issues.push({
          path: `effects[${i}].behaviourKeys[${j}]`,
          message: `Adfærden ${b} hører ikke til ${competency.name}.`,
        });
      } else if (behaviours.has(b)) {
        issues.push({ path: `effects[${i}].behaviourKeys[${j}]`, message: `${b} står to gange.` });
      }
      behaviours.add(b);
    });
  });
  return issues;
}

/** The rules of a session (forløb): dates in order, seats within capacity. */
export function validateSession(session: OfferSessionFields): OfferIssue[] {
  const issues: OfferIssue[] = [];
  const dates = ['startDate', 'endDate', 'registrationDeadline'] as const;
  for (const field of dates) {
    if (!isIsoDate(session[field])) {
      issues.push({ path: field, message: 'Ugyldig dato. Skriv dd-mm-åååå.' });
    }
  }
  if (issues.length === 0) {
    if (session.endDate < session.startDate) {
      issues.push({ path: 'endDate', message: 'Slutdatoen ligger før startdatoen.' });
    }
    if (session.registrationDeadline > session.startDate) {
      issues.push({
        path: 'registrationDeadline',
        message: 'Tilmeldingsfristen skal ligge senest på startdatoen.',
      });
    }
  }
  text(issues, 'place', session.place, 200, 'Stedet mangler (skriv "Online" for et online-hold).');
  if (
    !Number.isInteger(session.capacity) ||
    session.capacity < 1 ||
    session.capacity > MAX_CAPACITY
  ) {
    issues.push({
      path: 'capacity',
      message: `Pladser skal være et helt tal fra 1 til ${MAX_CAPACITY}.`,
    });
  }
  if (
    !Number.isInteger(session.seatsTaken) ||
    session.seatsTaken < 0 ||
    session.seatsTaken > session.capacity
  ) {
    issues.push({
      path: 'seatsTaken',
      message: 'Optagne pladser skal være et helt tal fra 0 til antallet af pladser.',
    });
  }
  if (
    !Number.isInteger(session.waitingList) ||
    session.waitingList < 0 ||
    session.waitingList > 10_000
  ) {
    issues.push({
      path: 'waitingList',
      message: 'Ventelisten skal være et helt tal, 0 eller mere.',
    });
  }
  return issues;
}
