import type {
  EffectStrength,
  OfferEffect,
  OfferFields,
  OfferSessionFields,
  OfferStatus,
  OfferView,
} from '@lederloeft/contracts';
import { headerKey, parseDate, parseYesNo } from '../people/import-values';
import {
  EFFECT_STRENGTH_NAMES,
  OFFER_FORMAT_NAMES,
  OFFER_KIND_NAMES,
  OFFER_LANGUAGE_NAMES,
  OFFER_STATUS_NAMES,
  parseDanishNumber,
  parseEffectStrength,
  parseOfferFormat,
  parseOfferKind,
  parseOfferLanguage,
  parseOfferStatus,
} from './catalogue-values';
import {
  type CatalogueContext,
  type OfferIssue,
  validateOffer,
  validateSession,
} from './offer-rules';

/**
 * The catalogue as HR keeps it in a spreadsheet: one row per offer, and for each further
 * session of an offer a continuation row that repeats only the code and fills the session
 * columns. The same layout is exported, so an export re-imports unchanged.
 */

type OfferColumn =
  | 'code'
  | 'title'
  | 'kind'
  | 'provider'
  | 'description'
  | 'format'
  | 'language'
  | 'location'
  | 'hours'
  | 'priceDkk'
  | 'priceIncludesVat'
  | 'priceIsIndicative'
  | 'ects'
  | 'targetLevels'
  | 'prerequisites'
  | 'onDemand'
  | 'status'
  | 'contactName'
  | 'contactEmail'
  | 'behaviours';
type SessionColumn =
  | 'startDate'
  | 'endDate'
  | 'place'
  | 'capacity'
  | 'registrationDeadline'
  | 'seatsTaken'
  | 'waitingList';

export interface SheetColumn<K extends string = string> {
  key: K;
  header: string;
  aliases: string[];
  required: boolean;
  /** What to write, for the template's guide sheet. */
  description: string;
  example: string;
}

const col = <K extends string>(
  key: K,
  header: string,
  description: string,
  example: string,
  options: { aliases?: string[]; required?: boolean } = {},
): SheetColumn<K> => ({
  key,
  header,
  aliases: options.aliases ?? [],
  required: options.required ?? false,
  description,
  example,
});

export const OFFER_COLUMNS: SheetColumn<OfferColumn>[] = [
  col('code', 'Kode', "HR's eget id for tilbuddet. Genkendes ved ny import.", 'DIL-PL', {
    aliases: ['Code', 'Id'],
    required: true,
  }),
  col('title', 'Titel', 'Tilbuddets navn.', 'Det personlige lederskab', {
    aliases: ['Title', 'Navn'],
    required: true,
  }),
  col(
    'kind',
    'Type',
    `Én af: ${Object.values(OFFER_KIND_NAMES).join(', ')}.`,
    OFFER_KIND_NAMES['diploma-module'],
    { aliases: ['Kind'], required: true },
  ),
  col('provider', 'Udbyder', 'Hvem udbyder tilbuddet.', 'VIA University College', {
    aliases: ['Provider'],
    required: true,
  }),
  col('description', 'Beskrivelse', 'Kort beskrivelse (valgfri).', 'Modulet styrker …', {
    aliases: ['Description'],
  }),
  col(
    'format',
    'Form',
    `Én af: ${Object.values(OFFER_FORMAT_NAMES).join(', ')}.`,
    OFFER_FORMAT_NAMES['in-person'],
    { aliases: ['Format'], required: true },
  ),
  col('language', 'Sprog', 'Dansk eller Engelsk. Tomt = Dansk.', OFFER_LANGUAGE_NAMES.da, {
    aliases: ['Language'],
  }),
  col('location', 'Sted', 'Hvor man mødes. Må kun være tomt ved online.', 'Herning', {
    aliases: ['Location', 'Lokation'],
  }),
  col('hours', 'Timer', 'Lederens tidsforbrug i timer i alt, fx 7,5.', '135', {
    aliases: ['Hours', 'Timeforbrug'],
    required: true,
  }),
  col(
    'priceDkk',
    'Pris (kr.)',
    'Pris pr. deltager i kroner, fx 12.500,00. 0 = gratis.',
    '14.500,00',
    {
      aliases: ['Pris', 'Pris (DKK)', 'Price', 'Price (DKK)', 'Pris kr'],
      required: true,
    },
  ),
  col('priceIncludesVat', 'Pris inkl. moms', 'Ja eller Nej. Tomt = Nej.', 'Nej', {
    aliases: ['Inkl. moms', 'Incl. VAT'],
  }),
  col('priceIsIndicative', 'Vejledende pris', 'Ja hvis prisen er et eksempel. Tomt = Nej.', 'Ja', {
    aliases: ['Eksempelpris', 'Indicative price'],
  }),
  col('ects', 'ECTS', 'ECTS-point for diplom- og mastermoduler; ellers tomt.', '5', {}),
  col(
    'targetLevels',
    'Lederniveauer',
    'Lederniveauer adskilt af komma. Tomt = alle.',
    'Førstelinjeleder, Mellemleder',
    { aliases: ['Niveauer', 'Målgruppe', 'Levels'] },
  ),
  col('prerequisites', 'Forudsætninger', 'Krav for at deltage (valgfri).', '', {
    aliases: ['Prerequisites', 'Adgangskrav'],
  }),
  col('onDemand', 'Efter behov', 'Ja hvis tilbuddet kan tages når som helst, uden forløb.', 'Nej', {
    aliases: ['On demand'],
  }),
  col(
    'status',
    'Status',
    `Én af: ${Object.values(OFFER_STATUS_NAMES).join(', ')}. Tomt = Kladde for nye tilbud, uændret for kendte.`,
    OFFER_STATUS_NAMES.published,
  ),
  col('contactName', 'Kontaktperson', 'Navn på kontaktperson (valgfri).', 'Mette Andersen', {
    aliases: ['Kontakt', 'Contact'],
  }),
  col(
    'contactEmail',
    'Kontakt e-mail',
    'Kontaktpersonens e-mail (valgfri).',
    'hr@ikast-brande.dk',
    {
      aliases: ['Kontaktmail', 'Contact e-mail', 'Contact email'],
    },
  ),
  col(
    'behaviours',
    'Adfærd',
    'Nøgler for de eksempler på adfærd, tilbuddet træner, adskilt af komma (se arket Adfærd).',
    'handlekraft.kende-dig-selv',
    { aliases: ['Behaviours', 'Adfærdseksempler'] },
  ),
];

export const SESSION_COLUMNS: SheetColumn<SessionColumn>[] = [
  col(
    'startDate',
    'Forløb start',
    'Første dag, dd-mm-åååå. Tomt = ingen forløb i rækken.',
    '12-03-2027',
    {
      aliases: ['Start', 'Startdato'],
    },
  ),
  col(
    'endDate',
    'Forløb slut',
    'Sidste dag, dd-mm-åååå. Tomt = samme dag som start.',
    '14-03-2027',
    {
      aliases: ['Slut', 'Slutdato'],
    },
  ),
  col('place', 'Forløb sted', 'Hvor forløbet holdes. Tomt = tilbuddets sted.', 'Herning', {
    aliases: ['Holdsted'],
  }),
  col('capacity', 'Pladser', 'Antal pladser på forløbet.', '24', { aliases: ['Kapacitet'] }),
  col(
    'registrationDeadline',
    'Tilmeldingsfrist',
    'Sidste dag for tilmelding, dd-mm-åååå. Tomt = startdagen.',
    '12-02-2027',
    { aliases: ['Frist'] },
  ),
  col('seatsTaken', 'Optaget', 'Antal optagne pladser. Tomt = 0.', '0', {
    aliases: ['Tilmeldte'],
  }),
  col('waitingList', 'Venteliste', 'Antal på venteliste. Tomt = 0.', '0', {}),
];

/** A competency column: the competency's Danish title, strength Ingen/Noget/Stærk. */
function competencyColumns(context: CatalogueContext): SheetColumn<`competency:${string}`>[] {
  return context.competencies.map((c) =>
    col(
      `competency:${c.key}` as const,
      c.name,
      `Hvor meget tilbuddet træner kompetencen: ${Object.values(EFFECT_STRENGTH_NAMES).join(', ')}. Tomt = Ingen.`,
      EFFECT_STRENGTH_NAMES.some,
      { aliases: [c.key] },
    ),
  );
}

/** Every column in sheet order: offer fields, the four competencies, behaviours, sessions. */
export function sheetColumns(context: CatalogueContext): SheetColumn[] {
  const offer = OFFER_COLUMNS.filter((c) => c.key !== 'behaviours');
  const behaviours = OFFER_COLUMNS.filter((c) => c.key === 'behaviours');
  return [...offer, ...competencyColumns(context), ...behaviours, ...SESSION_COLUMNS];
}

export interface ParsedSession {
  line: number;
  fields: OfferSessionFields;
}

export interface ParsedOffer {
  line: number;
  fields: OfferFields;
  /** null when the cell was blank: a new offer becomes a draft, a known one keeps its status. */
  status: OfferStatus | null;
  sessions: ParsedSession[];
}

export interface SheetIssue {
  line: number;
  /** The column header a person sees. */
  column: string;
  message: string;
}

export interface ParsedSheet {
  offers: ParsedOffer[];
  /** False when the file has no session columns: sessions are then left as they are. */
  hasSessions: boolean;
  errors: SheetIssue[];
}

export interface SheetTable {
  headers: string[];
  rows: { line: number; cells: Record<string, string> }[];
}

/** The most errors reported for one file; the rest are summarised in one line. */
export const MAX_SHEET_ERRORS = 500;

/**
 * Reads the catalogue sheet: every cell parsed as HR writes it (Danish names, decimal comma,
 * dd-mm-yyyy), every offer checked against the rules, and every problem reported with its row
 * and column. Pure: matching codes against the database is the caller's job.
 */
export function parseOfferSheet(table: SheetTable, context: CatalogueContext): ParsedSheet {
  const columns = sheetColumns(context);
  const errors: SheetIssue[] = [];
  const headerOf = new Map<string, string>(); // column key → header used in the file
  for (const header of table.headers) {
    if (header === '') continue;
    const column = columns.find((c) =>
      [c.header, ...c.aliases].some((name) => headerKey(name) === headerKey(header)),
    );
    if (!column) {
      errors.push({
        line: 1,
        column: header,
        message: `Ukendt kolonne "${header}". Se skabelonen for de kolonner, der kan indlæses.`,
      });
    } else if (headerOf.has(column.key)) {
      errors.push({ line: 1, column: header, message: `Kolonnen ${column.header} står to gange.` });
    } else {
      headerOf.set(column.key, header);
    }
  }
  for (const column of columns.filter((c) => c.required)) {
    if (!headerOf.has(column.key)) {
      errors.push({
        line: 1,
        column: column.header,
        message: `Kolonnen ${column.header} mangler.`,
      });
    }
  }
  const hasSessions = headerOf.has('startDate');
  if (errors.length > 0) return { offers: [], hasSessions, errors };

  const headerFor = (key: string) => columns.find((c) => c.key === key)?.header ?? key;
  const offers: ParsedOffer[] = [];
  const byCode = new Map<string, ParsedOffer>();
  const sessionKeys = new Set<string>(SESSION_COLUMNS.map((c) => c.key));
  for (const row of table.rows) {
    const cell = (key: string) => {
      const header = headerOf.get(key);
      return header === undefined ? '' : (row.cells[header] ?? '').trim();
    };
    const issue = (key: string, message: string) =>
      errors.push({ line: row.line, column: headerFor(key), message });
    const code = cell('code');
    if (code === '') {
      issue('code', 'Koden mangler.');
      continue;
    }
    const offerCells = [...headerOf.keys()].filter(
      (k) => k !== 'code' && !sessionKeys.has(k) && cell(k) !== '',
    );
    const earlier = byCode.get(code.toLocaleLowerCase('da-DK'));
    if (earlier) {
      if (offerCells.length > 0) {
        issue(
          'code',
          `Koden ${code} står allerede i række ${earlier.line}. En ekstra række med samme kode må kun udfylde forløbskolonnerne (${SESSION_COLUMNS.map((c) => c.header).join(', ')}).`,
        );
      } else if (cell('startDate') === '') {
        issue('startDate', `Rækken gentager koden ${code} uden et forløb: udfyld Forløb start.`);
      } else {
        const session = parseSession(cell, issue, earlier.fields.location);
        if (session) earlier.sessions.push({ line: row.line, fields: session });
      }
      continue;
    }
    const offer = parseOffer(code, cell, issue, context);
    if (!offer) {
      // Remember the code so that a continuation row is not reported as a second offer.
      byCode.set(code.toLocaleLowerCase('da-DK'), {
        line: row.line,
        fields: { location: null } as OfferFields,
        status: null,
        sessions: [],
      });
      continue;
    }
    const parsed: ParsedOffer = { line: row.line, ...offer, sessions: [] };
    byCode.set(code.toLocaleLowerCase('da-DK'), parsed);
    offers.push(parsed);
    if (cell('startDate') !== '') {
      const session = parseSession(cell, issue, parsed.fields.location);
      if (session) parsed.sessions.push({ line: row.line, fields: session });
    } else if (SESSION_COLUMNS.some((c) => cell(c.key) !== '')) {
      issue('startDate', 'Forløb start mangler, når rækken har andre forløbsoplysninger.');
    }
  }
  for (const offer of offers) {
    if (offer.fields.onDemand && offer.sessions.length > 0) {
      errors.push({
        line: offer.sessions[0].line,
        column: headerFor('startDate'),
        message: `${offer.fields.code} er et tilbud efter behov og kan ikke have forløb. Sæt Efter behov til Nej, eller fjern forløbet.`,
      });
    }
    const seen = new Map<string, number>();
    for (const session of offer.sessions) {
      const key = sessionIdentity(session.fields);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          line: session.line,
          column: headerFor('startDate'),
          message: `Samme forløb (dato og sted) står også i række ${first}.`,
        });
      }
      seen.set(key, session.line);
    }
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > MAX_SHEET_ERRORS) {
    const rest = errors.length - MAX_SHEET_ERRORS;
    errors.length = MAX_SHEET_ERRORS;
    errors.push({ line: 0, column: '', message: `… og ${rest} fejl mere.` });
  }
  return { offers, hasSessions, errors };
}

/** How a session is recognised on re-import: its dates and place. */
export function sessionIdentity(s: Pick<OfferSessionFields, 'startDate' | 'endDate' | 'place'>) {
  return `${s.startDate}|${s.endDate}|${s.place.trim().toLocaleLowerCase('da-DK')}`;
}

type Cell = (key: string) => string;
type Report = (key: string, message: string) => void;

const OFFER_FIELD_COLUMN: Record<string, string> = {
  code: 'code',
  kind: 'kind',
  title: 'title',
  provider: 'provider',
  description: 'description',
  format: 'format',
  language: 'language',
  location: 'location',
  hours: 'hours',
  priceDkk: 'priceDkk',
  ects: 'ects',
  prerequisites: 'prerequisites',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
};

function parseOffer(
  code: string,
  cell: Cell,
  issue: Report,
  context: CatalogueContext,
): Omit<ParsedOffer, 'line' | 'sessions'> | null {
  let ok = true;
  const fail = (key: string, message: string) => {
    issue(key, message);
    ok = false;
  };
  const kind = parseOfferKind(cell('kind'));
  if (!kind)
    fail(
      'kind',
      `Ukendt type "${cell('kind')}". Brug ${Object.values(OFFER_KIND_NAMES).join(', ')}.`,
    );
  const format = parseOfferFormat(cell('format'));
  if (!format)
    fail('format', `Ukendt form "${cell('format')}". Brug Fremmøde, Online eller Blended.`);
  const language = cell('language') === '' ? 'da' : parseOfferLanguage(cell('language'));
  if (!language) fail('language', `Ukendt sprog "${cell('language')}". Brug Dansk eller Engelsk.`);
  const number = (key: string, required: boolean): number | null => {
    const raw = cell(key);
    if (raw === '') {
      if (required) fail(key, 'Feltet mangler.');
      return null;
    }
    const value = parseDanishNumber(raw);
    if (value === null) fail(key, `"${raw}" er ikke et tal. Skriv fx 12.500,00.`);
    return value;
  };
  const hours = number('hours', true);
  const price = number('priceDkk', true);
  const ects = number('ects', false);
  const yesNo = (key: string): boolean => {
    const value = parseYesNo(cell(key), false);
    if (value === null) fail(key, `Skriv Ja eller Nej, ikke "${cell(key)}".`);
    return value ?? false;
  };
  const priceIncludesVat = yesNo('priceIncludesVat');
  const priceIsIndicative = yesNo('priceIsIndicative');
  const onDemand = yesNo('onDemand');
  let status: OfferStatus | null = null;
  if (cell('status') !== '') {
    status = parseOfferStatus(cell('status'));
    if (!status)
      fail('status', `Ukendt status "${cell('status')}". Brug Kladde, Udgivet eller Arkiveret.`);
  }
  const targetLevels: string[] = [];
  for (const name of splitList(cell('targetLevels'))) {
    const level = context.levels.find(
      (l) => headerKey(l.key) === headerKey(name) || headerKey(l.name) === headerKey(name),
    );
    if (!level) {
      fail(
        'targetLevels',
        `Ukendt lederniveau "${name}". Brug ${context.levels.map((l) => l.name).join(', ')}.`,
      );
    } else if (!targetLevels.includes(level.key)) {
      targetLevels.push(level.key);
    }
  }
  const effects: OfferEffect[] = [];
  for (const competency of context.competencies) {
    const raw = cell(`competency:${competency.key}`);
    const strength: EffectStrength | null = parseEffectStrength(raw);
    if (strength === null) {
      fail(`competency:${competency.key}`, `Skriv Ingen, Noget eller Stærk, ikke "${raw}".`);
    } else if (strength !== 'none') {
      effects.push({ competencyKey: competency.key, strength, behaviourKeys: [] });
    }
  }
  for (const behaviour of splitList(cell('behaviours'))) {
    const competency = context.competencies.find((c) => c.behaviourKeys.includes(behaviour));
    const effect = competency && effects.find((e) => e.competencyKey === competency.key);
    if (!competency) {
      fail(
        'behaviours',
        `Ukendt adfærd "${behaviour}". Se arket Adfærd i skabelonen for nøglerne.`,
      );
    } else if (!effect) {
      fail(
        'behaviours',
        `Adfærden ${behaviour} hører til ${competency.name}, som står til Ingen. Sæt kompetencen til Noget eller Stærk.`,
      );
    } else if (!effect.behaviourKeys.includes(behaviour)) {
      effect.behaviourKeys.push(behaviour);
    }
  }
  if (!ok || !kind || !format || !language || hours === null || price === null) return null;
  const fields: OfferFields = {
    code,
    kind,
    title: cell('title'),
    provider: cell('provider'),
    description: cell('description'),
    format,
    language,
    location: cell('location') === '' ? null : cell('location'),
    hours,
    priceDkk: price,
    priceIncludesVat,
    priceIsIndicative,
    ects,
    targetLevels,
    prerequisites: cell('prerequisites'),
    onDemand,
    contactName: cell('contactName'),
    contactEmail: cell('contactEmail'),
    effects,
  };
  const issues = validateOffer(fields, context);
  for (const i of issues) issue(columnOfOfferIssue(i, context), i.message);
  return issues.length === 0 ? { fields, status } : null;
}

function columnOfOfferIssue(issue: OfferIssue, context: CatalogueContext): string {
  const direct = OFFER_FIELD_COLUMN[issue.path];
  if (direct) return direct;
  if (issue.path.startsWith('targetLevels')) return 'targetLevels';
  if (issue.path.includes('behaviourKeys')) return 'behaviours';
  const effect = /^effects\[(\d+)\]/.exec(issue.path);
  if (effect) return `competency:${context.competencies[Number(effect[1])]?.key ?? ''}`;
  return 'code';
}

function parseSession(
  cell: Cell,
  issue: Report,
  offerLocation: string | null,
): OfferSessionFields | null {
  let ok = true;
  const date = (key: string, fallback: string | null): string => {
    const raw = cell(key);
    if (raw === '' && fallback !== null) return fallback;
    const value = parseDate(raw);
    if (value === null) {
      issue(key, raw === '' ? 'Datoen mangler.' : `"${raw}" er ikke en dato. Skriv dd-mm-åååå.`);
      ok = false;
    }
    return value ?? '';
  };
  const whole = (key: string, fallback: number | null): number => {
    const raw = cell(key);
    if (raw === '' && fallback !== null) return fallback;
    const value = parseDanishNumber(raw);
    if (value === null || !Number.isInteger(value)) {
      issue(key, raw === '' ? 'Feltet mangler.' : `"${raw}" er ikke et helt tal.`);
      ok = false;
    }
    return value ?? 0;
  };
  const startDate = date('startDate', null);
  const fields: OfferSessionFields = {
    startDate,
    endDate: date('endDate', startDate),
    place: cell('place') || offerLocation || 'Online',
    capacity: whole('capacity', null),
    registrationDeadline: date('registrationDeadline', startDate),
    seatsTaken: whole('seatsTaken', 0),
    waitingList: whole('waitingList', 0),
  };
  if (!ok) return null;
  const issues = validateSession(fields);
  for (const i of issues) issue(i.path, i.message);
  return issues.length === 0 ? fields : null;
}

function splitList(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A cell of an exported sheet: text, a number, or an ISO date. */
export type SheetValue = string | number | { date: string } | null;

/**
 * The rows of one offer in the sheet: the offer row (with its first session) and one
 * continuation row per further session. Numbers and dates stay typed; the writer formats them.
 */
export function offerToSheetRows(
  offer: Pick<OfferView, keyof OfferFields | 'status' | 'sessions'>,
  context: CatalogueContext,
): Record<string, SheetValue>[] {
  const columns = sheetColumns(context);
  const header = (key: string) => columns.find((c) => c.key === key)?.header ?? key;
  const row: Record<string, SheetValue> = {
    [header('code')]: offer.code,
    [header('title')]: offer.title,
    [header('kind')]: OFFER_KIND_NAMES[offer.kind],
    [header('provider')]: offer.provider,
    [header('description')]: offer.description,
    [header('format')]: OFFER_FORMAT_NAMES[offer.format],
    [header('language')]: OFFER_LANGUAGE_NAMES[offer.language],
    [header('location')]: offer.location ?? '',
    [header('hours')]: offer.hours,
    [header('priceDkk')]: offer.priceDkk,
    [header('priceIncludesVat')]: offer.priceIncludesVat ? 'Ja' : 'Nej',
    [header('priceIsIndicative')]: offer.priceIsIndicative ? 'Ja' : 'Nej',
    [header('ects')]: offer.ects,
    [header('targetLevels')]: offer.targetLevels
      .map((key) => context.levels.find((l) => l.key === key)?.name ?? key)
      .join(', '),
    [header('prerequisites')]: offer.prerequisites,
    [header('onDemand')]: offer.onDemand ? 'Ja' : 'Nej',
    [header('status')]: OFFER_STATUS_NAMES[offer.status],
    [header('contactName')]: offer.contactName,
    [header('contactEmail')]: offer.contactEmail,
    [header('behaviours')]: offer.effects.flatMap((e) => e.behaviourKeys).join(', '),
  };
  for (const competency of context.competencies) {
    const effect = offer.effects.find((e) => e.competencyKey === competency.key);
    row[competency.name] = EFFECT_STRENGTH_NAMES[effect?.strength ?? 'none'];
  }
  const sessionCells = (s: OfferSessionFields): Record<string, SheetValue> => ({
    [header('startDate')]: { date: s.startDate },
    [header('endDate')]: { date: s.endDate },
    [header('place')]: s.place,
    [header('capacity')]: s.capacity,
    [header('registrationDeadline')]: { date: s.registrationDeadline },
    [header('seatsTaken')]: s.seatsTaken,
    [header('waitingList')]: s.waitingList,
  });
  const [first, ...rest] = offer.sessions;
  return [
    { ...row, ...(first ? sessionCells(first) : {}) },
    ...rest.map((s) => ({ [header('code')]: offer.code, ...sessionCells(s) })),
  ];
}
