import { ORG_UNITS } from '../testing/admin-fixtures';
import { unitsInScope } from './unit-scope';

function names(options: ReturnType<typeof unitsInScope>): string[] {
  return options.map((o) => `${'-'.repeat(o.depth)}${o.unit.name}`);
}

describe('unitsInScope', () => {
  it('lists every unit in tree order for an admin', () => {
    expect(names(unitsInScope(ORG_UNITS, 'all'))).toEqual([
      'Ikast-Brande Kommune',
      '-Børn og Unge',
      '--Dagtilbud',
      '---Dagtilbud Nord',
      '-Social og Sundhed',
      '--Plejecenter Bøgely',
    ]);
  });

  it("lists only the subtree under a director's scope, from its top", () => {
    expect(names(unitsInScope(ORG_UNITS, ['u-boern']))).toEqual([
      'Børn og Unge',
      '-Dagtilbud',
      '--Dagtilbud Nord',
    ]);
  });

  it('lists several scopes, nothing for no scope, and keeps units whose parent is unknown', () => {
    expect(names(unitsInScope(ORG_UNITS, ['u-nord', 'u-social']))).toEqual([
      'Dagtilbud Nord',
      'Social og Sundhed',
      '-Plejecenter Bøgely',
    ]);
    expect(unitsInScope(ORG_UNITS, [])).toEqual([]);
    const orphan = { ...ORG_UNITS[3], parentId: 'gone' };
    expect(names(unitsInScope([orphan], ['u-nord']))).toEqual(['Dagtilbud Nord']);
  });
});
