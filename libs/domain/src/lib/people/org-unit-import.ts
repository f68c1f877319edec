import type { OrgUnitKind } from '@lederloeft/contracts';
import { headerKey } from './import-values';
import type { ImportRow } from './leader-import';
import {
  type ExistingOrgUnit,
  kindFitsUnder,
  leadsBackTo,
  PEOPLE_MESSAGES,
} from './organisation-rules';

export type { ExistingOrgUnit } from './organisation-rules';

export const ORG_UNIT_IMPORT_COLUMNS = {
  externalId: ['Enhed-ID', 'Enheds-ID', 'Unit ID', 'External ID'],
  name: ['Navn', 'Enhed', 'Name'],
  kind: ['Type', 'Niveau', 'Kind'],
  parent: ['Overordnet enhed-ID', 'Overordnet enhed', 'Parent ID', 'Parent'],
} as const;
type Field = keyof typeof ORG_UNIT_IMPORT_COLUMNS;

const KIND_NAMES: Record<string, OrgUnitKind> = {
  kommune: 'kommune',
  municipality: 'kommune',
  fagomraade: 'fagomraade',
  fagområde: 'fagomraade',
  afdeling: 'afdeling',
  department: 'afdeling',
  enhed: 'enhed',
  unit: 'enhed',
};

export interface PlannedOrgUnit {
  line: number;
  id: string | null;
  externalId: string;
  name: string;
  kind: OrgUnitKind;
  /** An existing unit's id, or the external id of a unit created by the same file. */
  parent: { id: string } | { externalId: string } | null;
  changes: string[];
}

export interface OrgUnitImportPlan {
  errors: { line: number; path: string; message: string }[];
  creates: PlannedOrgUnit[];
  updates: PlannedOrgUnit[];
  unchanged: number;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Plans an org unit import: units matched on their external id (Enhed-ID), a parent in the
 * database or the same file, each kind exactly one level below its parent's (kommune →
 * fagområde → afdeling → enhed), no cycles, one kommune at the root. Every problem comes
 * with its row; the caller writes nothing unless there are none.
 */
export function planOrgUnitImport(
  headers: readonly string[],
  rows: readonly ImportRow[],
  existing: readonly ExistingOrgUnit[],
): OrgUnitImportPlan {
  const plan: OrgUnitImportPlan = { errors: [], creates: [], updates: [], unchanged: 0 };
  const byKey = new Map(headers.map((h) => [headerKey(h), h]));
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, names] of Object.entries(ORG_UNIT_IMPORT_COLUMNS) as [
    Field,
    readonly string[],
  ][]) {
    const found = names.map((n) => byKey.get(headerKey(n))).find((h) => h !== undefined);
    if (found) columns[field] = found;
  }
  for (const field of ['externalId', 'name', 'kind'] as Field[]) {
    if (!columns[field])
      plan.errors.push({
        line: 1,
        path: field,
        message: `Kolonnen "${ORG_UNIT_IMPORT_COLUMNS[field][0]}" mangler.`,
      });
  }
  if (plan.errors.length) return plan;
  const cell = (row: ImportRow, field: Field) =>
    columns[field] ? (row.cells[columns[field] as string] ?? '').trim() : '';
  const error = (line: number, field: Field, message: string) =>
    plan.errors.push({ line, path: columns[field] ?? field, message });

  const existingByExternal = new Map(
    existing.filter((u) => u.externalId).map((u) => [norm(u.externalId as string), u]),
  );
  const seen = new Map<string, number>();
  const planned: PlannedOrgUnit[] = [];
  for (const row of rows) {
    const before = plan.errors.length;
    const externalId = cell(row, 'externalId');
    const name = cell(row, 'name');
    const kind = KIND_NAMES[norm(cell(row, 'kind'))];
    if (!externalId) error(row.line, 'externalId', 'Enhed-ID mangler.');
    else if (seen.has(norm(externalId)))
      error(
        row.line,
        'externalId',
        `Enhed-ID ${externalId} står også i række ${seen.get(norm(externalId))}.`,
      );
    else seen.set(norm(externalId), row.line);
    if (!name) error(row.line, 'name', PEOPLE_MESSAGES.nameMissing);
    if (!kind)
      error(
        row.line,
        'kind',
        `Ukendt type "${cell(row, 'kind')}". Brug kommune, fagområde, afdeling eller enhed.`,
      );
    if (plan.errors.length > before || !kind) continue;
    const match = existingByExternal.get(norm(externalId));
    planned.push({
      line: row.line,
      id: match?.id ?? null,
      externalId,
      name,
      kind,
      parent: null,
      changes: [],
    });
  }

  const plannedByExternal = new Map(planned.map((p) => [norm(p.externalId), p]));
  const kindOf = (parent: PlannedOrgUnit['parent']): OrgUnitKind | undefined =>
    parent === null
      ? undefined
      : 'id' in parent
        ? (planned.find((p) => p.id === parent.id)?.kind ??
          existing.find((u) => u.id === parent.id)?.kind)
        : plannedByExternal.get(norm(parent.externalId))?.kind;
  for (const unit of planned) {
    const row = rows.find((r) => r.line === unit.line) as ImportRow;
    const parentValue = cell(row, 'parent');
    if (!parentValue) {
      if (unit.kind !== 'kommune') error(unit.line, 'parent', PEOPLE_MESSAGES.rootOnlyKommune);
      else if (
        existing.some((u) => u.kind === 'kommune' && u.parentId === null && u.id !== unit.id)
      ) {
        error(unit.line, 'kind', PEOPLE_MESSAGES.secondRoot);
      }
      continue;
    }
    const inFile = plannedByExternal.get(norm(parentValue));
    const inDb = existingByExternal.get(norm(parentValue));
    if (inFile === unit) {
      error(unit.line, 'parent', PEOPLE_MESSAGES.unitSelfParent);
      continue;
    }
    unit.parent = inFile
      ? inFile.id
        ? { id: inFile.id }
        : { externalId: inFile.externalId }
      : inDb
        ? { id: inDb.id }
        : null;
    if (!unit.parent) {
      error(unit.line, 'parent', `Ukendt overordnet enhed "${parentValue}".`);
      continue;
    }
    const parentKind = kindOf(unit.parent);
    if (parentKind && !kindFitsUnder(unit.kind, parentKind)) {
      error(unit.line, 'kind', PEOPLE_MESSAGES.kindMismatch(unit.kind, parentKind));
    }
  }

  // Cycles: follow parents through the file and the database.
  const keyOf = (p: PlannedOrgUnit) => p.id ?? `new:${norm(p.externalId)}`;
  const parentOf = new Map<string, string | null>(existing.map((u) => [u.id, u.parentId]));
  for (const p of planned)
    parentOf.set(
      keyOf(p),
      p.parent ? ('id' in p.parent ? p.parent.id : `new:${norm(p.parent.externalId)}`) : null,
    );
  for (const p of planned) {
    if (leadsBackTo(keyOf(p), parentOf)) error(p.line, 'parent', PEOPLE_MESSAGES.unitCycle);
  }

  for (const unit of planned) {
    const current = unit.id ? existing.find((u) => u.id === unit.id) : undefined;
    if (!current) {
      plan.creates.push(unit);
      continue;
    }
    const parentId =
      unit.parent && 'id' in unit.parent
        ? unit.parent.id
        : unit.parent
          ? `new:${unit.parent.externalId}`
          : null;
    unit.changes = [
      ['name', current.name !== unit.name],
      ['kind', current.kind !== unit.kind],
      ['parentId', current.parentId !== parentId],
    ]
      .filter(([, changed]) => changed)
      .map(([field]) => field as string);
    if (unit.changes.length) plan.updates.push(unit);
    else plan.unchanged++;
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}
