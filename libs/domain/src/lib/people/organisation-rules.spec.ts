import {
  checkLeader,
  checkOrgUnit,
  childKindOf,
  type ExistingLeader,
  type ExistingOrgUnit,
  kindFitsUnder,
  type LeaderDraft,
  type LeaderRulesContext,
  leadsBackTo,
  reportsBlockingDeactivation,
} from './organisation-rules';

const leader = (
  over: Partial<ExistingLeader> & Pick<ExistingLeader, 'id' | 'name'>,
): ExistingLeader => ({
  employeeId: null,
  email: `${over.id}@ikast-brande.dk`,
  title: 'Leder',
  levelKey: 'foerstelinjeleder',
  orgUnitId: 'u-skole',
  managerId: null,
  startDate: null,
  active: true,
  ...over,
});

// Direktør ← chef ← mellemleder ← Åse (a chain of four).
const context: LeaderRulesContext = {
  levels: [
    { key: 'chef', nameDa: 'Chef' },
    { key: 'foerstelinjeleder', nameDa: 'Førstelinjeleder' },
  ],
  units: [{ id: 'u-boern' }, { id: 'u-skole' }],
  leaders: [
    leader({ id: 'l-dir', name: 'Dorte Direktør' }),
    leader({ id: 'l-chef', name: 'Chris Chef', managerId: 'l-dir', employeeId: 'E1' }),
    leader({ id: 'l-mel', name: 'Mette Mellem', managerId: 'l-chef' }),
    leader({ id: 'l-aase', name: 'Åse Ærø', managerId: 'l-mel', active: false }),
  ],
};

const draft = (over: Partial<LeaderDraft> = {}): LeaderDraft => ({
  id: null,
  name: ' Søren Ørsted ',
  email: ' Soeren.Oersted@Ikast-Brande.dk ',
  title: 'Skoleleder',
  levelKey: 'foerstelinjeleder',
  orgUnitId: 'u-skole',
  managerId: 'l-chef',
  employeeId: ' E77 ',
  startDate: '01-08-2024',
  active: true,
  ...over,
});

describe('leadsBackTo', () => {
  it('finds a ring and ignores a chain that ends', () => {
    expect(
      leadsBackTo(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toBe(true);
    expect(
      leadsBackTo(
        'a',
        new Map([
          ['a', 'b'],
          ['b', null],
        ]),
      ),
    ).toBe(false);
    // A ring further up that does not pass through `a` is not `a`'s ring, and ends.
    expect(
      leadsBackTo(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
        ]),
      ),
    ).toBe(false);
  });
});

describe('kinds', () => {
  it('places each kind exactly one level below its parent', () => {
    expect(kindFitsUnder('fagomraade', 'kommune')).toBe(true);
    expect(kindFitsUnder('enhed', 'afdeling')).toBe(true);
    expect(kindFitsUnder('enhed', 'fagomraade')).toBe(false);
    expect(kindFitsUnder('kommune', 'enhed')).toBe(false);
    expect(childKindOf('afdeling')).toBe('enhed');
    expect(childKindOf('enhed')).toBeNull();
  });
});

describe('checkLeader', () => {
  it('accepts a new leader and tidies the fields', () => {
    const { value, issues } = checkLeader(draft(), context);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      name: 'Søren Ørsted',
      email: 'soeren.oersted@ikast-brande.dk',
      employeeId: 'E77',
      startDate: '2024-08-01',
      managerId: 'l-chef',
    });
  });

  it('says every problem with its field, in the import’s words', () => {
    const { issues } = checkLeader(
      draft({
        name: ' ',
        title: '',
        email: 'ikke-en-mail',
        levelKey: 'konge',
        orgUnitId: 'u-findes-ikke',
        startDate: '31-02-2024',
        managerId: 'l-findes-ikke',
      }),
      context,
    );
    expect(issues).toEqual([
      { path: 'name', message: 'Navn mangler.' },
      { path: 'email', message: '"ikke-en-mail" er ikke en gyldig e-mailadresse.' },
      { path: 'title', message: 'Stilling mangler.' },
      {
        path: 'levelKey',
        message: 'Ukendt lederniveau "konge". Brug et af: Chef, Førstelinjeleder.',
      },
      { path: 'orgUnitId', message: 'Enheden findes ikke.' },
      { path: 'startDate', message: '"31-02-2024" er ikke en dato (brug dd-mm-åååå).' },
      { path: 'managerId', message: 'Den valgte nærmeste leder findes ikke i Lederløft.' },
    ]);
  });

  it('refuses an e-mail or employee id another leader has, but not the leader’s own', () => {
    const taken = checkLeader(draft({ email: 'L-MEL@ikast-brande.dk', employeeId: 'e1' }), context);
    expect(taken.issues).toEqual([
      {
        path: 'email',
        message: 'E-mailen l-mel@ikast-brande.dk tilhører allerede en anden leder (Mette Mellem).',
      },
      {
        path: 'employeeId',
        message: 'Medarbejder-ID e1 tilhører allerede en anden leder (Chris Chef).',
      },
    ]);
    const own = checkLeader(
      draft({
        id: 'l-chef',
        email: 'l-chef@ikast-brande.dk',
        employeeId: 'E1',
        managerId: 'l-dir',
      }),
      context,
    );
    expect(own.issues).toEqual([]);
  });

  it('refuses self-management and a ring in the manager chain', () => {
    expect(checkLeader(draft({ id: 'l-chef', managerId: 'l-chef' }), context).issues).toEqual([
      { path: 'managerId', message: 'En leder kan ikke være sin egen leder.' },
    ]);
    // The director under Åse, who is (indirectly) under the director.
    expect(
      checkLeader(
        draft({
          id: 'l-dir',
          email: 'l-dir@ikast-brande.dk',
          employeeId: null,
          managerId: 'l-aase',
        }),
        context,
      ).issues,
    ).toEqual([
      {
        path: 'managerId',
        message: 'Lederkæden går i ring: lederen står (indirekte) over sig selv.',
      },
    ]);
    // Moving Åse under the director is no ring.
    expect(
      checkLeader(
        draft({
          id: 'l-aase',
          email: 'l-aase@ikast-brande.dk',
          employeeId: null,
          managerId: 'l-dir',
        }),
        context,
      ).issues,
    ).toEqual([]);
  });

  it('takes a blank manager, employee id and start date as none', () => {
    const { value, issues } = checkLeader(
      draft({ managerId: '', employeeId: '  ', startDate: ' ' }),
      context,
    );
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ managerId: null, employeeId: null, startDate: null });
  });
});

describe('reportsBlockingDeactivation', () => {
  const leaders = [
    ...context.leaders,
    leader({ id: 'l-bo', name: 'Bo Berg', managerId: 'l-chef' }),
  ];
  it('names the active reports of an active leader who would be deactivated', () => {
    const chef = leaders[1];
    expect(reportsBlockingDeactivation(chef, false, leaders).map((l) => l.name)).toEqual([
      'Bo Berg',
      'Mette Mellem',
    ]);
    expect(reportsBlockingDeactivation(chef, true, leaders)).toEqual([]);
    // Åse is inactive, so Mette has no active report.
    expect(reportsBlockingDeactivation(leaders[2], false, leaders)).toEqual([]);
  });
});

describe('checkOrgUnit', () => {
  const units: ExistingOrgUnit[] = [
    { id: 'k', name: 'Kommunen', kind: 'kommune', parentId: null, externalId: 'IBK-1' },
    { id: 'f1', name: 'Børn og Unge', kind: 'fagomraade', parentId: 'k', externalId: 'IBK-2' },
    { id: 'f2', name: 'Social', kind: 'fagomraade', parentId: 'k', externalId: null },
    { id: 'a1', name: 'Skoler', kind: 'afdeling', parentId: 'f1', externalId: 'IBK-3' },
    { id: 'e1', name: 'Bording Skole', kind: 'enhed', parentId: 'a1', externalId: 'IBK-4' },
  ];

  it('accepts a new unit one level below its parent and tidies it', () => {
    const { value, issues } = checkOrgUnit(
      { id: null, name: ' Ældrepleje ', kind: 'afdeling', parentId: 'f2', externalId: ' ' },
      units,
    );
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ name: 'Ældrepleje', externalId: null });
  });

  it('refuses a kind that is not exactly one level below the parent, and a taken Enhed-ID', () => {
    expect(
      checkOrgUnit(
        { id: null, name: 'Ny', kind: 'enhed', parentId: 'f2', externalId: 'ibk-3' },
        units,
      ).issues,
    ).toEqual([
      { path: 'externalId', message: 'Enhed-ID ibk-3 bruges allerede af enheden Skoler.' },
      { path: 'kind', message: 'En enhed kan ikke ligge direkte under et fagområde.' },
    ]);
  });

  it('refuses an unknown parent, a second kommune and a non-kommune at the top', () => {
    const issues = (d: Partial<Parameters<typeof checkOrgUnit>[0]>) =>
      checkOrgUnit(
        { id: null, name: 'X', kind: 'afdeling', parentId: 'f1', externalId: null, ...d },
        units,
      ).issues;
    expect(issues({ parentId: 'nope' })).toEqual([
      { path: 'parentId', message: 'Den overordnede enhed findes ikke.' },
    ]);
    expect(issues({ kind: 'kommune', parentId: null })).toEqual([
      { path: 'kind', message: 'Der findes allerede en kommune øverst i organisationen.' },
    ]);
    expect(issues({ parentId: null })).toEqual([
      { path: 'parentId', message: 'Kun kommunen står øverst; angiv den overordnede enhed.' },
    ]);
  });

  it('moves a unit, but not under itself, its subtree, a wrong level or off the top', () => {
    const move = (id: string, parentId: string | null) => {
      const unit = units.find((u) => u.id === id) as ExistingOrgUnit;
      return checkOrgUnit({ ...unit, parentId }, units).issues;
    };
    expect(move('a1', 'f2')).toEqual([]);
    expect(move('a1', 'a1')).toEqual([
      { path: 'parentId', message: 'En enhed kan ikke ligge under sig selv.' },
    ]);
    expect(move('f1', 'e1')).toEqual([
      {
        path: 'parentId',
        message: 'En enhed kan ikke flyttes ind under en af sine egne underenheder.',
      },
    ]);
    expect(move('e1', 'f2')).toEqual([
      { path: 'parentId', message: 'En enhed kan ikke ligge direkte under et fagområde.' },
    ]);
    expect(move('k', 'f1')).toEqual([
      { path: 'parentId', message: 'Kommunen står øverst og kan ikke flyttes.' },
    ]);
    expect(move('a1', null)).toEqual([
      { path: 'parentId', message: 'Kun kommunen står øverst; angiv den overordnede enhed.' },
    ]);
    // Renaming the kommune in place is fine.
    expect(checkOrgUnit({ ...units[0], name: 'Ikast-Brande Kommune' }, units).issues).toEqual([]);
  });
});
