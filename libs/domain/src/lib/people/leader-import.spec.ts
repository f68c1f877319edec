import { parseDate, parseEmail, parseYesNo } from './import-values';
import { ExistingLeader, ImportRow, LeaderImportContext, planLeaderImport } from './leader-import';

const HEADERS = [
  'Medarbejder-ID',
  'Navn',
  'E-mail',
  'Stilling',
  'Lederniveau',
  'Enhed-ID',
  'Leders e-mail',
  'Startdato',
  'Aktiv',
];

const existing = (
  over: Partial<ExistingLeader> & Pick<ExistingLeader, 'id' | 'email'>,
): ExistingLeader => ({
  employeeId: null,
  name: 'X',
  title: 'Leder',
  levelKey: 'foerstelinjeleder',
  orgUnitId: 'u-skole',
  managerId: null,
  startDate: null,
  active: true,
  ...over,
});

const context: LeaderImportContext = {
  levels: [
    { key: 'chef', nameDa: 'Chef', nameEn: 'Head of department' },
    { key: 'mellemleder', nameDa: 'Mellemleder', nameEn: 'Middle manager' },
    { key: 'foerstelinjeleder', nameDa: 'Førstelinjeleder', nameEn: 'First-line leader' },
  ],
  units: [
    { id: 'u-boern', externalId: 'IBK-0002', name: 'Børn og Unge' },
    { id: 'u-skole', externalId: 'IBK-0010', name: 'Bording Skole' },
    { id: 'u-a', externalId: 'IBK-0020', name: 'Team Nord' },
    { id: 'u-b', externalId: 'IBK-0021', name: 'Team Nord' },
  ],
  leaders: [
    existing({
      id: 'l-chef',
      email: 'chef@ikast-brande.dk',
      name: 'Chef Chefsen',
      levelKey: 'chef',
      orgUnitId: 'u-boern',
    }),
    existing({
      id: 'l-anne',
      email: 'anne@ikast-brande.dk',
      employeeId: 'E100',
      name: 'Anne Ås',
      managerId: 'l-chef',
      startDate: '2020-01-01',
    }),
  ],
};

let line = 1;
const row = (cells: string[]): ImportRow => ({
  line: ++line,
  cells: Object.fromEntries(HEADERS.map((h, i) => [h, cells[i] ?? ''])),
});
beforeEach(() => (line = 1));

describe('planLeaderImport', () => {
  it('creates new leaders, updates changed ones matched on employee id, counts unchanged ones', () => {
    const plan = planLeaderImport(
      HEADERS,
      [
        // Anne gets a new e-mail: matched on her employee id, not duplicated.
        row([
          'E100',
          'Anne Ås',
          'anne.aas@ikast-brande.dk',
          'Leder',
          'Førstelinjeleder',
          'IBK-0010',
          'chef@ikast-brande.dk',
          '01-01-2020',
          'ja',
        ]),
        row(['', 'Chef Chefsen', 'CHEF@ikast-brande.dk', 'Leder', 'chef', 'IBK-0002', '', '', '']),
        row([
          'E200',
          'Bo Bøgh',
          'bo@ikast-brande.dk',
          'Skoleleder',
          'First-line leader',
          'Bording Skole',
          'anne.aas@ikast-brande.dk',
          '2021-08-01',
          '',
        ]),
      ],
      context,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.updates.map((u) => [u.id, u.changes])).toEqual([['l-anne', ['email']]]);
    expect(plan.unchanged).toBe(1);
    expect(plan.creates).toEqual([
      expect.objectContaining({
        id: null,
        email: 'bo@ikast-brande.dk',
        levelKey: 'foerstelinjeleder',
        orgUnitId: 'u-skole',
        manager: { id: 'l-anne' },
        startDate: '2021-08-01',
        active: true,
      }),
    ]);
  });

  it("refuses to give a leader (matched on employee id) another leader's e-mail", () => {
    const plan = planLeaderImport(
      HEADERS,
      [row(['E100', 'Anne Ås', 'chef@ikast-brande.dk', 'Leder', 'Førstelinjeleder', 'IBK-0010'])],
      context,
    );
    expect(plan.errors).toEqual([
      {
        line: 2,
        path: 'E-mail',
        message: 'E-mailen chef@ikast-brande.dk tilhører allerede en anden leder (Chef Chefsen).',
      },
    ]);
  });

  it('lets a new leader be the manager of another new leader in the same file', () => {
    const plan = planLeaderImport(
      HEADERS,
      [
        row([
          '',
          'Ny Teamleder',
          'team@ikast-brande.dk',
          'Teamleder',
          'Førstelinjeleder',
          'IBK-0010',
          'ny.chef@ikast-brande.dk',
        ]),
        row([
          '',
          'Ny Chef',
          'ny.chef@ikast-brande.dk',
          'Afdelingsleder',
          'Mellemleder',
          'IBK-0002',
          'chef@ikast-brande.dk',
        ]),
      ],
      context,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((c) => c.manager)).toEqual([
      { email: 'ny.chef@ikast-brande.dk' },
      { id: 'l-chef' },
    ]);
  });

  it('reports every broken row with its line and column, in Danish', () => {
    const plan = planLeaderImport(
      HEADERS,
      [
        row(['', '', 'ikke-en-mail', '', 'Overlord', 'IBK-9999', '', '31-02-2020', 'måske']),
        row([
          '',
          'Dobbelt',
          'bo@ikast-brande.dk',
          'Leder',
          'Chef',
          'Team Nord',
          'ukendt@ikast-brande.dk',
        ]),
        row([
          '',
          'Dobbelt igen',
          'BO@ikast-brande.dk',
          'Leder',
          'Chef',
          'IBK-0002',
          'bo@ikast-brande.dk',
        ]),
      ],
      context,
    );
    expect(plan.errors).toEqual([
      { line: 2, path: 'Navn', message: 'Navn mangler.' },
      { line: 2, path: 'Stilling', message: 'Stilling mangler.' },
      { line: 2, path: 'E-mail', message: '"ikke-en-mail" er ikke en gyldig e-mailadresse.' },
      {
        line: 2,
        path: 'Lederniveau',
        message: expect.stringContaining('Ukendt lederniveau "Overlord"'),
      },
      { line: 2, path: 'Enhed-ID', message: 'Ukendt enhed "IBK-9999".' },
      { line: 2, path: 'Startdato', message: '"31-02-2020" er ikke en dato (brug dd-mm-åååå).' },
      { line: 2, path: 'Aktiv', message: '"måske" skal være ja eller nej.' },
      { line: 3, path: 'Enhed-ID', message: 'Flere enheder hedder "Team Nord"; brug enhedens ID.' },
      { line: 4, path: 'E-mail', message: 'E-mailen bo@ikast-brande.dk står også i række 3.' },
    ]);
  });

  it('refuses unknown managers, leaders who manage themselves, and cycles in the chain', () => {
    const plan = planLeaderImport(
      HEADERS,
      [
        row(['', 'A', 'a@ikast-brande.dk', 'Leder', 'Chef', 'IBK-0002', 'b@ikast-brande.dk']),
        row(['', 'B', 'b@ikast-brande.dk', 'Leder', 'Chef', 'IBK-0002', 'a@ikast-brande.dk']),
        row([
          '',
          'Selv',
          'selv@ikast-brande.dk',
          'Leder',
          'Chef',
          'IBK-0002',
          'selv@ikast-brande.dk',
        ]),
        // The chef is made Anne's report, while Anne reports to the chef: a ring through the database.
        row(['', 'Chef Chefsen', 'chef@ikast-brande.dk', 'Leder', 'Chef', 'IBK-0002', 'E100']),
        row(['', 'Ukendt', 'u@ikast-brande.dk', 'Leder', 'Chef', 'IBK-0002', 'nogen@andre.dk']),
      ],
      context,
    );
    expect(plan.errors.map((e) => [e.line, e.path, e.message.slice(0, 25)])).toEqual([
      [2, 'Leders e-mail', 'Lederkæden går i ring: le'],
      [3, 'Leders e-mail', 'Lederkæden går i ring: le'],
      [4, 'Leders e-mail', 'En leder kan ikke være si'],
      [5, 'Leders e-mail', 'Lederkæden går i ring: le'],
      [6, 'Leders e-mail', 'Ukendt leder "nogen@andre'],
    ]);
  });

  it('names the required columns a file lacks, and reads other spellings of the headers', () => {
    expect(planLeaderImport(['Navn', 'Email'], [], context).errors).toEqual([
      { line: 1, path: 'title', message: 'Kolonnen "Stilling" mangler.' },
      { line: 1, path: 'level', message: 'Kolonnen "Lederniveau" mangler.' },
      { line: 1, path: 'unit', message: 'Kolonnen "Enhed-ID" mangler.' },
    ]);
    const english = ['name', 'EMAIL', 'Title', 'level', 'unit'];
    const plan = planLeaderImport(
      english,
      [
        {
          line: 2,
          cells: {
            name: 'Eve',
            EMAIL: 'eve@ikast-brande.dk',
            Title: 'Lead',
            level: 'Chef',
            unit: 'IBK-0002',
          },
        },
      ],
      context,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.creates).toHaveLength(1);
  });
});

describe('import values', () => {
  it('reads Danish and ISO dates and rejects impossible ones', () => {
    expect(parseDate('01-08-2019')).toBe('2019-08-01');
    expect(parseDate('1.8.2019')).toBe('2019-08-01');
    expect(parseDate('2019-08-01')).toBe('2019-08-01');
    expect(parseDate('29-02-2023')).toBeNull();
    expect(parseDate('2019/08/01')).toBeNull();
  });

  it('normalises e-mails and yes/no values', () => {
    expect(parseEmail('  Anne@Ikast-Brande.DK ')).toBe('anne@ikast-brande.dk');
    expect(parseEmail('anne@')).toBeNull();
    expect(parseYesNo('Ja', false)).toBe(true);
    expect(parseYesNo('nej', true)).toBe(false);
    expect(parseYesNo('', true)).toBe(true);
    expect(parseYesNo('kanske', true)).toBeNull();
  });
});
