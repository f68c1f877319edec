import type { OfferFields, OfferView } from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK } from '../framework/seed/ikast-brande';
import {
  formatDanishDate,
  formatDanishNumber,
  normalizeSearchText,
  parseDanishNumber,
  searchTerms,
} from './catalogue-values';
import { type CatalogueContext, validateOffer, validateSession } from './offer-rules';
import { offerToSheetRows, parseOfferSheet, sheetColumns, type SheetTable } from './offer-sheet';

const context: CatalogueContext = {
  competencies: IKAST_BRANDE_FRAMEWORK.competencies.map((c) => ({
    key: c.key,
    name: c.title.da,
    behaviourKeys: c.behaviours.map((b) => b.key),
  })),
  levels: [
    { key: 'foerstelinjeleder', name: 'Førstelinjeleder' },
    { key: 'mellemleder', name: 'Mellemleder' },
    { key: 'chef', name: 'Chef' },
    { key: 'direktoer', name: 'Direktør' },
  ],
};

const offer = (overrides: Partial<OfferFields> = {}): OfferFields => ({
  code: 'DIL-PL',
  kind: 'diploma-module',
  title: 'Det personlige lederskab',
  provider: 'VIA University College',
  description: '',
  format: 'in-person',
  language: 'da',
  location: 'Herning',
  hours: 135,
  priceDkk: 14500,
  priceIncludesVat: false,
  priceIsIndicative: true,
  ects: 5,
  targetLevels: ['foerstelinjeleder'],
  prerequisites: '',
  onDemand: false,
  contactName: '',
  contactEmail: '',
  effects: [
    {
      competencyKey: 'handlekraft',
      strength: 'strong',
      behaviourKeys: ['handlekraft.kende-dig-selv'],
    },
  ],
  ...overrides,
});

describe('Danish spreadsheet values', () => {
  it.each([
    ['12.500,00', 12500],
    ['12500,5', 12500.5],
    ['12.500', 12500],
    ['1.250.000', 1250000],
    ['7,5', 7.5],
    ['12500.5', 12500.5],
    ['kr. 3.000', 3000],
    ['3.000 kr.', 3000],
    ['1 250', 1250],
    ['0', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseDanishNumber(text)).toBe(value);
  });

  it.each(['', 'tolv', '12,5,0', '1.2.3,4x'])('refuses %j', (text) => {
    expect(parseDanishNumber(text)).toBeNull();
  });

  it('writes numbers and dates the way Danish Excel does', () => {
    expect(formatDanishNumber(12500, 2)).toBe('12.500,00');
    expect(formatDanishNumber(7.5)).toBe('7,5');
    expect(formatDanishDate('2027-03-01')).toBe('01-03-2027');
  });

  it('folds case and accents for search but keeps æ, ø and å apart', () => {
    expect(normalizeSearchText('  LEDELSE af Forandring  ')).toBe('ledelse af forandring');
    expect(normalizeSearchText('ÆBLE Østerå Café Über')).toBe('æble østerå cafe uber');
    expect(normalizeSearchText('Å')).not.toBe(normalizeSearchText('A'));
    expect(searchTerms('"Borgerrejse," ledelse ledelse')).toEqual(['borgerrejse', 'ledelse']);
  });
});

describe('offer rules', () => {
  it('accepts a complete offer', () => {
    expect(validateOffer(offer(), context)).toEqual([]);
  });

  it('reports every broken rule with the field it concerns', () => {
    const issues = validateOffer(
      offer({
        code: 'has space',
        title: ' ',
        location: null,
        hours: 0,
        priceDkk: 12.345,
        ects: 0,
        targetLevels: ['general'],
        contactEmail: 'not-mail',
        effects: [
          { competencyKey: 'handlekraft', strength: 'some', behaviourKeys: ['hedekraft.sige-ja'] },
          { competencyKey: 'ukendt', strength: 'strong', behaviourKeys: [] },
        ],
      }),
      context,
    );
    expect(issues.map((i) => i.path)).toEqual([
      'code',
      'title',
      'location',
      'hours',
      'priceDkk',
      'ects',
      'targetLevels[0]',
      'contactEmail',
      'effects[0].behaviourKeys[0]',
      'effects[1].competencyKey',
    ]);
    expect(issues.find((i) => i.path === 'effects[0].behaviourKeys[0]')?.message).toContain(
      'hører ikke til Ledelse med handlekraft',
    );
  });

  it('needs no place for online offers', () => {
    expect(validateOffer(offer({ format: 'online', location: null }), context)).toEqual([]);
  });

  it('keeps session dates in order and seats within capacity', () => {
    const good = {
      startDate: '2027-03-01',
      endDate: '2027-03-03',
      place: 'Ikast',
      capacity: 20,
      registrationDeadline: '2027-02-01',
      seatsTaken: 20,
      waitingList: 2,
    };
    expect(validateSession(good)).toEqual([]);
    const bad = validateSession({
      ...good,
      endDate: '2027-02-28',
      registrationDeadline: '2027-03-02',
      seatsTaken: 21,
    });
    expect(bad.map((i) => i.path)).toEqual(['endDate', 'registrationDeadline', 'seatsTaken']);
    expect(validateSession({ ...good, startDate: '2027-02-30' })[0].path).toBe('startDate');
  });
});

const HEADERS = sheetColumns(context).map((c) => c.header);
function table(rows: Record<string, string>[]): SheetTable {
  return { headers: HEADERS, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}
const row = (cells: Record<string, string>): Record<string, string> => ({
  Kode: 'DIL-PL',
  Titel: 'Det personlige lederskab',
  Type: 'Diplommodul',
  Udbyder: 'VIA University College',
  Form: 'Fremmøde',
  Sted: 'Herning',
  Timer: '135',
  'Pris (kr.)': '14.500,00',
  ...cells,
});

describe('catalogue sheet', () => {
  it('reads an offer with Danish values, effects, behaviours and continuation sessions', () => {
    const parsed = parseOfferSheet(
      table([
        row({
          'Ledelse med handlekraft': 'Stærk',
          'Ledelse med hedekraft': 'noget',
          Adfærd: 'handlekraft.kende-dig-selv, hedekraft.sige-ja',
          Lederniveauer: 'Førstelinjeleder, mellemleder',
          ECTS: '5',
          Status: 'Udgivet',
          'Forløb start': '01-03-2027',
          'Forløb slut': '03-03-2027',
          Pladser: '24',
          Tilmeldingsfrist: '01-02-2027',
        }),
        { Kode: 'DIL-PL', 'Forløb start': '05-04-2027', Pladser: '24', Optaget: '24' },
      ]),
      context,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.hasSessions).toBe(true);
    const [o] = parsed.offers;
    expect(o.status).toBe('published');
    expect(o.fields.priceDkk).toBe(14500);
    expect(o.fields.targetLevels).toEqual(['foerstelinjeleder', 'mellemleder']);
    expect(o.fields.effects).toEqual([
      {
        competencyKey: 'handlekraft',
        strength: 'strong',
        behaviourKeys: ['handlekraft.kende-dig-selv'],
      },
      { competencyKey: 'hedekraft', strength: 'some', behaviourKeys: ['hedekraft.sige-ja'] },
    ]);
    expect(o.sessions.map((s) => s.fields)).toEqual([
      {
        startDate: '2027-03-01',
        endDate: '2027-03-03',
        place: 'Herning',
        capacity: 24,
        registrationDeadline: '2027-02-01',
        seatsTaken: 0,
        waitingList: 0,
      },
      {
        startDate: '2027-04-05',
        endDate: '2027-04-05',
        place: 'Herning',
        capacity: 24,
        registrationDeadline: '2027-04-05',
        seatsTaken: 24,
        waitingList: 0,
      },
    ]);
  });

  it('lists every error by row and column', () => {
    const parsed = parseOfferSheet(
      table([
        row({ 'Pris (kr.)': '12,500,00', Type: 'Foredrag' }),
        row({ Kode: 'X-1', Adfærd: 'hedekraft.sige-ja' }),
        row({ Kode: 'DIL-PL', Titel: 'Igen' }),
        row({ Kode: '' }),
        row({ Kode: 'E-1', 'Efter behov': 'Ja', 'Forløb start': '01-03-2027', Pladser: '10' }),
      ]),
      context,
    );
    expect(parsed.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Type'],
      [2, 'Pris (kr.)'],
      [3, 'Adfærd'],
      [4, 'Kode'],
      [5, 'Kode'],
      [6, 'Forløb start'],
    ]);
    expect(parsed.errors[2].message).toContain('som står til Ingen');
    expect(parsed.errors[3].message).toContain('står allerede i række 2');
  });

  it('refuses unknown and missing columns before reading rows', () => {
    const parsed = parseOfferSheet(
      { headers: ['Kode', 'Titel', 'Hedekrat'], rows: [{ line: 2, cells: { Kode: 'A' } }] },
      context,
    );
    expect(parsed.offers).toEqual([]);
    expect(parsed.errors[0]).toMatchObject({ line: 1, column: 'Hedekrat' });
    expect(parsed.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(['Type', 'Udbyder', 'Form', 'Timer', 'Pris (kr.)']),
    );
  });

  it('leaves sessions alone when the file has no session columns', () => {
    const headers = HEADERS.filter((h) => !h.startsWith('Forløb') && h !== 'Pladser');
    const parsed = parseOfferSheet({ headers, rows: [{ line: 2, cells: row({}) }] }, context);
    expect(parsed.errors).toEqual([]);
    expect(parsed.hasSessions).toBe(false);
  });

  it('reads its own export back unchanged', () => {
    const view = {
      ...offer({
        effects: [
          { competencyKey: 'paa-tvaers', strength: 'some', behaviourKeys: ['paa-tvaers.temadage'] },
        ],
        priceDkk: 12500.5,
        hours: 7.5,
        targetLevels: [],
        ects: null,
        description: 'Linje 1; med "citat"',
      }),
      status: 'archived' as const,
      sessions: [
        {
          startDate: '2027-03-01',
          endDate: '2027-03-01',
          place: 'Ikast Rådhus',
          capacity: 20,
          registrationDeadline: '2027-02-15',
          seatsTaken: 3,
          waitingList: 0,
        },
        {
          startDate: '2027-09-01',
          endDate: '2027-09-02',
          place: 'Brande',
          capacity: 15,
          registrationDeadline: '2027-08-01',
          seatsTaken: 15,
          waitingList: 4,
        },
      ],
    } as unknown as OfferView;
    const rows = offerToSheetRows(view, context);
    expect(rows).toHaveLength(2);
    // As a CSV writer would write the cells: Danish numbers and dates.
    const text = rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          v === null
            ? ''
            : typeof v === 'number'
              ? formatDanishNumber(v)
              : typeof v === 'object'
                ? formatDanishDate(v.date)
                : v,
        ]),
      ),
    );
    const parsed = parseOfferSheet(table(text), context);
    expect(parsed.errors).toEqual([]);
    const { sessions, status, ...fields } = view;
    expect(parsed.offers[0].fields).toEqual(fields);
    expect(parsed.offers[0].status).toBe(status);
    expect(parsed.offers[0].sessions.map((s) => s.fields)).toEqual(sessions);
  });
});
