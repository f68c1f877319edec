import { ExistingOrgUnit, planOrgUnitImport } from './org-unit-import';

const HEADERS = ['Enhed-ID', 'Navn', 'Type', 'Overordnet enhed-ID'];
const existing: ExistingOrgUnit[] = [
  { id: 'k', externalId: 'IBK-1', name: 'Ikast-Brande Kommune', kind: 'kommune', parentId: null },
  { id: 'f', externalId: 'IBK-2', name: 'Børn og Unge', kind: 'fagomraade', parentId: 'k' },
  { id: 'a', externalId: 'IBK-3', name: 'Dagtilbud', kind: 'afdeling', parentId: 'f' },
];
const row = (line: number, id: string, name: string, kind: string, parent: string) => ({
  line,
  cells: { 'Enhed-ID': id, Navn: name, Type: kind, 'Overordnet enhed-ID': parent },
});

describe('planOrgUnitImport', () => {
  it('creates new units under existing or new parents, updates renamed ones, counts unchanged ones', () => {
    const plan = planOrgUnitImport(
      HEADERS,
      [
        row(2, 'IBK-3', 'Dagtilbud og Sundhedspleje', 'afdeling', 'IBK-2'),
        row(3, 'IBK-2', 'Børn og Unge', 'Fagområde', 'IBK-1'),
        row(4, 'IBK-10', 'Skoler', 'afdeling', 'IBK-2'),
        row(5, 'IBK-11', 'Bording Skole', 'enhed', 'IBK-10'),
      ],
      existing,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.updates.map((u) => [u.externalId, u.changes])).toEqual([['IBK-3', ['name']]]);
    expect(plan.unchanged).toBe(1);
    expect(plan.creates.map((c) => [c.externalId, c.parent])).toEqual([
      ['IBK-10', { id: 'f' }],
      ['IBK-11', { externalId: 'IBK-10' }],
    ]);
  });

  it('refuses wrong levels, unknown parents, a second kommune, duplicates and cycles, with rows', () => {
    const plan = planOrgUnitImport(
      HEADERS,
      [
        row(2, 'IBK-20', 'Skole direkte under kommunen', 'enhed', 'IBK-1'),
        row(3, 'IBK-21', 'Forældreløs', 'afdeling', 'IBK-99'),
        row(4, 'IBK-22', 'Anden kommune', 'kommune', ''),
        row(5, 'IBK-21', 'Dublet', 'afdeling', 'IBK-2'),
        row(6, 'IBK-23', 'Uden type', 'gruppe', 'IBK-2'),
      ],
      existing,
    );
    expect(plan.errors.map((e) => [e.line, e.path])).toEqual([
      [2, 'Type'],
      [3, 'Overordnet enhed-ID'],
      [4, 'Type'],
      [5, 'Enhed-ID'],
      [6, 'Type'],
    ]);
    // Moving the fagområde under its own afdeling would make a ring.
    const ring = planOrgUnitImport(
      HEADERS,
      [row(2, 'IBK-2', 'Børn og Unge', 'fagomraade', 'IBK-3')],
      existing,
    );
    expect(ring.errors.map((e) => e.message)).toContain(
      'Enhederne ligger i ring: enheden ligger (indirekte) under sig selv.',
    );
  });
});
