import type { ApiErrorDetail } from '@lederloeft/contracts';
import { headerKey, parseDate, parseEmail, parseYesNo } from './import-values';
import { type ExistingLeader, leadsBackTo, PEOPLE_MESSAGES } from './organisation-rules';

export type { ExistingLeader } from './organisation-rules';

/** The fields of a leader import and the column names an HR export may use for them. */
export const LEADER_IMPORT_COLUMNS = {
  employeeId: ['Medarbejder-ID', 'Medarbejdernummer', 'Lønnummer', 'Employee ID', 'External ID'],
  name: ['Navn', 'Name'],
  email: ['E-mail', 'Email', 'Mail'],
  title: ['Stilling', 'Titel', 'Title'],
  level: ['Lederniveau', 'Niveau', 'Level'],
  unit: ['Enhed-ID', 'Enhed', 'Org unit', 'Unit'],
  manager: ['Leders e-mail', 'Nærmeste leder', 'Manager', 'Manager email'],
  startDate: ['Startdato', 'Start date'],
  active: ['Aktiv', 'Active'],
} as const;
export type LeaderImportField = keyof typeof LEADER_IMPORT_COLUMNS;
const REQUIRED: LeaderImportField[] = ['name', 'email', 'title', 'level', 'unit'];

export interface ImportRow {
  line: number;
  cells: Record<string, string>;
}

export interface LeaderImportContext {
  levels: readonly { key: string; nameDa: string; nameEn: string }[];
  units: readonly { id: string; externalId: string | null; name: string }[];
  leaders: readonly ExistingLeader[];
}

/** A leader as the import will leave it; `id` is the existing leader's, or null for a new one. */
export interface PlannedLeader {
  line: number;
  id: string | null;
  employeeId: string | null;
  email: string;
  name: string;
  title: string;
  levelKey: string;
  orgUnitId: string;
  /** The manager: an existing leader's id, or the e-mail of a leader created by this import. */
  manager: { id: string } | { email: string } | null;
  startDate: string | null;
  active: boolean;
  /** For updates: which fields change. */
  changes: string[];
}

export interface LeaderImportPlan {
  errors: (ApiErrorDetail & { line: number })[];
  creates: PlannedLeader[];
  updates: PlannedLeader[];
  unchanged: number;
}

const norm = (s: string) => s.trim().toLowerCase();

/** Maps the file's headers to fields; missing required columns are errors on line 1. */
export function mapLeaderColumns(headers: readonly string[]): {
  columns: Partial<Record<LeaderImportField, string>>;
  errors: LeaderImportPlan['errors'];
} {
  const byKey = new Map(headers.map((h) => [headerKey(h), h]));
  const columns: Partial<Record<LeaderImportField, string>> = {};
  for (const [field, names] of Object.entries(LEADER_IMPORT_COLUMNS) as [
    LeaderImportField,
    readonly string[],
  ][]) {
    const found = names.map((n) => byKey.get(headerKey(n))).find((h) => h !== undefined);
    if (found) columns[field] = found;
  }
  const errors = REQUIRED.filter((f) => !columns[f]).map((f) => ({
    line: 1,
    path: f,
    message: `Kolonnen "${LEADER_IMPORT_COLUMNS[f][0]}" mangler.`,
  }));
  return { columns, errors };
}

/**
 * Plans a leader import: validates every row, matches it to an existing leader on employee
 * id, else e-mail, and resolves level, unit and manager (existing, or created by the same
 * file). Returns every error with its line, so a person can fix the file in one pass; the
 * caller writes nothing unless there are none (all or nothing).
 */
export function planLeaderImport(
  headers: readonly string[],
  rows: readonly ImportRow[],
  context: LeaderImportContext,
): LeaderImportPlan {
  const { columns, errors } = mapLeaderColumns(headers);
  const plan: LeaderImportPlan = { errors, creates: [], updates: [], unchanged: 0 };
  if (errors.length) return plan;
  const cell = (row: ImportRow, field: LeaderImportField) =>
    columns[field] ? (row.cells[columns[field] as string] ?? '').trim() : '';
  const error = (line: number, field: LeaderImportField, message: string) =>
    plan.errors.push({ line, path: columns[field] ?? field, message });

  const byEmployeeId = new Map(
    context.leaders.filter((l) => l.employeeId).map((l) => [norm(l.employeeId as string), l]),
  );
  const byEmail = new Map(context.leaders.map((l) => [l.email, l]));
  const unitsByExternalId = new Map(
    context.units.filter((u) => u.externalId).map((u) => [norm(u.externalId as string), u]),
  );
  const unitsByName = new Map<string, (typeof context.units)[number][]>();
  for (const u of context.units)
    unitsByName.set(norm(u.name), [...(unitsByName.get(norm(u.name)) ?? []), u]);
  const levelOf = (value: string) =>
    context.levels.find((l) => [l.key, l.nameDa, l.nameEn].some((n) => norm(n) === norm(value)));

  const fileEmails = new Map<string, number>();
  const fileEmployeeIds = new Map<string, number>();
  const planned: PlannedLeader[] = [];
  const managerCells = new Map<PlannedLeader, string>();

  for (const row of rows) {
    const errorsBefore = plan.errors.length;
    const email = parseEmail(cell(row, 'email'));
    const name = cell(row, 'name');
    const title = cell(row, 'title');
    const employeeId = cell(row, 'employeeId') || null;
    if (!name) error(row.line, 'name', PEOPLE_MESSAGES.nameMissing);
    if (!title) error(row.line, 'title', PEOPLE_MESSAGES.titleMissing);
    if (!email) {
      error(row.line, 'email', PEOPLE_MESSAGES.invalidEmail(cell(row, 'email')));
    } else if (fileEmails.has(email)) {
      error(row.line, 'email', `E-mailen ${email} står også i række ${fileEmails.get(email)}.`);
    } else {
      fileEmails.set(email, row.line);
    }
    if (employeeId) {
      const seen = fileEmployeeIds.get(norm(employeeId));
      if (seen)
        error(row.line, 'employeeId', `Medarbejder-ID ${employeeId} står også i række ${seen}.`);
      else fileEmployeeIds.set(norm(employeeId), row.line);
    }
    const level = levelOf(cell(row, 'level'));
    if (!level) {
      error(row.line, 'level', PEOPLE_MESSAGES.unknownLevel(cell(row, 'level'), context.levels));
    }
    const unitValue = cell(row, 'unit');
    const byName = unitsByName.get(norm(unitValue)) ?? [];
    const unit =
      unitsByExternalId.get(norm(unitValue)) ?? (byName.length === 1 ? byName[0] : undefined);
    if (!unit) {
      error(
        row.line,
        'unit',
        byName.length > 1
          ? `Flere enheder hedder "${unitValue}"; brug enhedens ID.`
          : `Ukendt enhed "${unitValue}".`,
      );
    }
    const startCell = cell(row, 'startDate');
    const startDate = startCell ? parseDate(startCell) : null;
    if (startCell && !startDate)
      error(row.line, 'startDate', PEOPLE_MESSAGES.invalidDate(startCell));
    const active = parseYesNo(cell(row, 'active'), true);
    if (active === null)
      error(row.line, 'active', `"${cell(row, 'active')}" skal være ja eller nej.`);
    // A row with any error is not planned: its mistakes must not cascade into other rows.
    if (plan.errors.length > errorsBefore || !email || !level || !unit || active === null) continue;

    const existing =
      (employeeId ? byEmployeeId.get(norm(employeeId)) : undefined) ?? byEmail.get(email);
    const emailOwner = byEmail.get(email);
    if (existing && emailOwner && emailOwner.id !== existing.id) {
      error(row.line, 'email', PEOPLE_MESSAGES.emailTaken(email, emailOwner.name));
      continue;
    }
    const leader: PlannedLeader = {
      line: row.line,
      id: existing?.id ?? null,
      employeeId: employeeId ?? existing?.employeeId ?? null,
      email,
      name,
      title,
      levelKey: level.key,
      orgUnitId: unit.id,
      manager: null,
      startDate: startDate ?? existing?.startDate ?? null,
      active,
      changes: [],
    };
    planned.push(leader);
    managerCells.set(leader, cell(row, 'manager'));
  }

  // Managers may be existing leaders or rows of the same file.
  const plannedByEmail = new Map(planned.map((p) => [p.email, p]));
  const plannedByEmployeeId = new Map(
    planned.filter((p) => p.employeeId).map((p) => [norm(p.employeeId as string), p]),
  );
  for (const leader of planned) {
    const value = managerCells.get(leader) ?? '';
    if (!value) continue;
    const key = norm(value);
    const inFile = plannedByEmail.get(key) ?? plannedByEmployeeId.get(key);
    const inDb = byEmail.get(key) ?? byEmployeeId.get(key);
    if (inFile === leader || (inDb && inDb.id === leader.id)) {
      error(leader.line, 'manager', PEOPLE_MESSAGES.selfManager);
    } else if (inFile) {
      leader.manager = inFile.id ? { id: inFile.id } : { email: inFile.email };
    } else if (inDb) {
      leader.manager = { id: inDb.id };
    } else {
      error(leader.line, 'manager', `Ukendt leder "${value}": hverken i filen eller i Lederløft.`);
    }
  }

  for (const line of managerCycles(planned, context.leaders)) {
    error(line, 'manager', PEOPLE_MESSAGES.managerCycle);
  }

  for (const leader of planned) {
    const existing = leader.id ? context.leaders.find((l) => l.id === leader.id) : undefined;
    if (!existing) {
      plan.creates.push(leader);
      continue;
    }
    const managerId = leader.manager && 'id' in leader.manager ? leader.manager.id : null;
    const fields: [string, unknown, unknown][] = [
      ['name', existing.name, leader.name],
      ['email', existing.email, leader.email],
      ['title', existing.title, leader.title],
      ['levelKey', existing.levelKey, leader.levelKey],
      ['orgUnitId', existing.orgUnitId, leader.orgUnitId],
      [
        'managerId',
        existing.managerId,
        leader.manager && 'email' in leader.manager ? `new:${leader.manager.email}` : managerId,
      ],
      ['startDate', existing.startDate, leader.startDate],
      ['active', existing.active, leader.active],
      ['employeeId', existing.employeeId, leader.employeeId],
    ];
    leader.changes = fields.filter(([, a, b]) => a !== b).map(([f]) => f);
    if (leader.changes.length) plan.updates.push(leader);
    else plan.unchanged++;
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

/** Lines of file rows whose manager chain, after the import, leads back to themselves. */
function managerCycles(
  planned: readonly PlannedLeader[],
  existing: readonly ExistingLeader[],
): number[] {
  const keyOf = (p: PlannedLeader) => p.id ?? `new:${p.email}`;
  const managerOf = new Map<string, string | null>(existing.map((l) => [l.id, l.managerId]));
  for (const p of planned) {
    managerOf.set(
      keyOf(p),
      p.manager ? ('id' in p.manager ? p.manager.id : `new:${p.manager.email}`) : null,
    );
  }
  return planned.filter((p) => leadsBackTo(keyOf(p), managerOf)).map((p) => p.line);
}
