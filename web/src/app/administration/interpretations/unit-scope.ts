import type { OrgUnitView } from '@lederloeft/contracts';

/** A unit as the picker lists it: in tree order, with its depth among the listed units. */
export interface UnitOption {
  unit: OrgUnitView;
  depth: number;
}

/**
 * The units a person may write interpretations for, in tree order (each unit after its
 * parent): every unit for `'all'` (admins), otherwise the subtrees under the given units
 * (a director's scopes).
 */
export function unitsInScope(
  units: readonly OrgUnitView[],
  scope: 'all' | readonly string[],
): UnitOption[] {
  const known = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, OrgUnitView[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const scopeIds = new Set(scope === 'all' ? [] : scope);
  const result: UnitOption[] = [];
  const visit = (unit: OrgUnitView, inScope: boolean, depth: number): void => {
    const included = inScope || scope === 'all' || scopeIds.has(unit.id);
    if (included) {
      result.push({ unit, depth });
    }
    for (const child of children.get(unit.id) ?? []) {
      visit(child, included, included ? depth + 1 : depth);
    }
  };
  for (const root of children.get(null) ?? []) {
    visit(root, false, 0);
  }
  return result;
}
