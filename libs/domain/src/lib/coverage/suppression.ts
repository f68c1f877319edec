import type { CoverageSuppression } from '@lederloeft/contracts';

/** A unit of the org tree as the suppression rules see it. */
export interface TreeUnit {
  id: string;
  parentId: string | null;
}

/**
 * A row of a coverage table: a unit with its whole subtree (`unit`), or the leaders placed
 * directly in a unit that has sub-units (`own`), shown beside those sub-units.
 */
export interface RowRef {
  kind: 'unit' | 'own';
  unitId: string;
}

/**
 * What hides a figure when one of its bases is 1 to minGroupSize − 1: `too-few` for the
 * people the figure is about, `few-changed` for the people a difference would describe.
 */
export type BaseReason = Extract<CoverageSuppression, 'too-few' | 'few-changed'>;

export interface SuppressionInput {
  units: readonly TreeUnit[];
  /** The table's columns, e.g. the competency keys and the all-competencies column. */
  columns: readonly string[];
  /**
   * A column that adds the others up (all competencies), or null. Its bases are distinct
   * leaders, not sums over the other columns, so a hidden remainder across the columns is
   * counted as the largest hidden base: a lower bound of the distinct leaders behind it.
   */
  totalColumn: string | null;
  /**
   * The bases of the figure of the leaders placed directly in `unitId` for `column`: the
   * number of distinct leaders per group it rests on, the first being the one its value is
   * computed over (0 there means no data), the others the groups it also tells about. Groups of different units never overlap, so a subtree's
   * bases are sums.
   */
  own: (unitId: string, column: string) => readonly number[];
  /** One reason per base, in the same order. */
  reasons: readonly BaseReason[];
  minGroupSize: number;
  /** Figures hidden before the rules run (a scenario hides what today's projection hides). */
  hidden?: (row: RowRef, column: string) => CoverageSuppression | null;
}

export interface SuppressionResult {
  /** Null when the figure may be shown, else why not. */
  reason(row: RowRef, column: string): CoverageSuppression | null;
  /** The bases of a row's figure (a subtree's are the sums of its own and its sub-units'). */
  bases(row: RowRef, column: string): readonly number[];
  /** The rows of the table under `unitId`: its own leaders (when it has sub-units), then each sub-unit. */
  rowsUnder(unitId: string): RowRef[];
}

const CODES: readonly (CoverageSuppression | null)[] = [
  null,
  'no-data',
  'too-few',
  'complementary',
  'few-changed',
];
const code = (reason: CoverageSuppression | null): number => CODES.indexOf(reason);

/**
 * Primary and complementary suppression over a hierarchical table (org tree × columns).
 *
 * Primary: a figure is hidden when any base is 1 to minGroupSize − 1 (the reason of the
 * first such base), else when its first base is 0 (no data). A measure lists the people
 * its figure is about among its bases (the leaders of the row, the assessed), so that
 * "no data" is only ever said of a group of minGroupSize or more. Complementary: for every shown total of a relation (a unit = its own
 * leaders + its sub-units; a row's all-competencies figure = its competency figures), the
 * hidden remainder must be 0 or at least minGroupSize in every base; otherwise the shown
 * (or "no data") part with the smallest positive base is hidden too, and so on until every
 * relation holds (the total itself is hidden when no part is left to hide). A "no data"
 * part tells its figure, so it never counts towards the hidden remainder. The rules run over the whole
 * tree at once, so every view of a unit hides the same figures.
 */
export function suppress(input: SuppressionInput): SuppressionResult {
  const { units, columns, minGroupSize: min } = input;
  const k = input.reasons.length;
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const children: number[][] = units.map(() => []);
  units.forEach((u, i) => {
    const parent = u.parentId === null ? undefined : unitIndex.get(u.parentId);
    if (parent !== undefined) children[parent].push(i);
  });
  // Rows: one per unit, then one "own" row per unit with sub-units.
  const ownRow = new Map<number, number>();
  units.forEach((_, i) => {
    if (children[i].length > 0) ownRow.set(i, units.length + ownRow.size);
  });
  const rowCount = units.length + ownRow.size;
  const colCount = columns.length;
  const cell = (row: number, col: number) => row * colCount + col;
  const bases = new Float64Array(rowCount * colCount * k);
  const base = (c: number, b: number) => bases[c * k + b];

  // Own bases: a leaf's own leaders are its whole row; a parent's go to its own row.
  units.forEach((u, i) => {
    const row = ownRow.get(i) ?? i;
    columns.forEach((column, col) => {
      const given = input.own(u.id, column);
      for (let b = 0; b < k; b++) bases[cell(row, col) * k + b] = given[b] ?? 0;
    });
  });
  // Subtree sums, children before parents.
  const depth = units.map(() => -1);
  const depthOf = (i: number): number => {
    if (depth[i] >= 0) return depth[i];
    const parent = units[i].parentId === null ? undefined : unitIndex.get(units[i].parentId);
    // A parent outside the given units makes a root; a cycle cannot arise from paths.
    depth[i] = parent === undefined ? 0 : depthOf(parent) + 1;
    return depth[i];
  };
  const bottomUp = units.map((_, i) => i).sort((a, b) => depthOf(b) - depthOf(a));
  for (const i of bottomUp) {
    const own = ownRow.get(i);
    if (own === undefined) continue;
    for (let col = 0; col < colCount; col++) {
      for (let b = 0; b < k; b++) {
        let sum = bases[cell(own, col) * k + b];
        for (const child of children[i]) sum += bases[cell(child, col) * k + b];
        bases[cell(i, col) * k + b] = sum;
      }
    }
  }

  const unitOfOwnRow = new Map([...ownRow].map(([unit, row]) => [row, unit]));
  const refOf = (row: number): RowRef =>
    row < units.length
      ? { kind: 'unit', unitId: units[row].id }
      : { kind: 'own', unitId: units[unitOfOwnRow.get(row) as number].id };

  // Primary suppression.
  const state = new Int8Array(rowCount * colCount);
  for (let row = 0; row < rowCount; row++) {
    for (let col = 0; col < colCount; col++) {
      const c = cell(row, col);
      const preset = input.hidden?.(refOf(row), columns[col]) ?? null;
      if (preset !== null) {
        state[c] = code(preset);
        continue;
      }
      // The small groups first: "no data" about 1 to min − 1 leaders tells about them too
      // (none of the three is below target), so it is hidden as too few.
      for (let b = 0; b < k; b++) {
        const n = base(c, b);
        if (n > 0 && n < min) {
          state[c] = code(input.reasons[b]);
          break;
        }
      }
      if (state[c] === 0 && base(c, 0) === 0) state[c] = code('no-data');
    }
  }

  // Relations packed in flat arrays (a 50,000-leader tree has some 80,000 of them): the
  // total's cell, where its parts start in `parts`, and whether the parts are disjoint.
  const totals: number[] = [];
  const starts: number[] = [];
  const disjoint: boolean[] = [];
  const parts: number[] = [];
  const relation = (total: number, cells: Iterable<number>, isDisjoint: boolean) => {
    totals.push(total);
    starts.push(parts.length);
    disjoint.push(isDisjoint);
    for (const c of cells) parts.push(c);
  };
  units.forEach((_, i) => {
    const own = ownRow.get(i);
    if (own === undefined) return;
    for (let col = 0; col < colCount; col++) {
      relation(
        cell(i, col),
        [own, ...children[i]].map((row) => cell(row, col)),
        true,
      );
    }
  });
  const totalCol = input.totalColumn === null ? -1 : columns.indexOf(input.totalColumn);
  if (totalCol >= 0) {
    const others = columns.map((_, col) => col).filter((col) => col !== totalCol);
    for (let row = 0; row < rowCount; row++) {
      relation(
        cell(row, totalCol),
        others.map((col) => cell(row, col)),
        false,
      );
    }
  }
  starts.push(parts.length);

  const hiddenHere = (c: number) => state[c] !== 0;
  // "No data" tells its figure (none), so it is no cover for a hidden part beside it.
  const NO_DATA = code('no-data');
  const concealed = (c: number) => state[c] !== 0 && state[c] !== NO_DATA;
  const failingBase = (r: number): number => {
    for (let b = 0; b < k; b++) {
      let remainder = 0;
      for (let p = starts[r]; p < starts[r + 1]; p++) {
        const part = parts[p];
        if (!concealed(part)) continue;
        const n = base(part, b);
        remainder = disjoint[r] ? remainder + n : Math.max(remainder, n);
      }
      if (remainder > 0 && remainder < min) return b;
    }
    return -1;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < totals.length; r++) {
      if (hiddenHere(totals[r])) continue;
      for (let b = failingBase(r); b >= 0; b = failingBase(r)) {
        let smallest = -1;
        for (let p = starts[r]; p < starts[r + 1]; p++) {
          const part = parts[p];
          if (concealed(part) || base(part, b) <= 0) continue;
          if (smallest < 0 || base(part, b) < base(smallest, b)) smallest = part;
        }
        changed = true;
        if (smallest < 0) {
          state[totals[r]] = code('complementary');
          break;
        }
        state[smallest] = code('complementary');
      }
    }
  }

  const rowIndex = (row: RowRef): number => {
    const unit = unitIndex.get(row.unitId);
    if (unit === undefined) return -1;
    if (row.kind === 'unit') return unit;
    return ownRow.get(unit) ?? unit;
  };
  return {
    reason(row, column) {
      const r = rowIndex(row);
      const col = columns.indexOf(column);
      if (r < 0 || col < 0) return 'no-data';
      const at = state[cell(r, col)];
      return at === 0 ? null : (CODES[at] ?? 'no-data');
    },
    bases(row, column) {
      const r = rowIndex(row);
      const col = columns.indexOf(column);
      if (r < 0 || col < 0) return input.reasons.map(() => 0);
      return Array.from(bases.subarray(cell(r, col) * k, cell(r, col) * k + k));
    },
    rowsUnder(unitId) {
      const unit = unitIndex.get(unitId);
      if (unit === undefined || children[unit].length === 0) return [];
      return [
        { kind: 'own' as const, unitId },
        ...children[unit].map((child) => ({ kind: 'unit' as const, unitId: units[child].id })),
      ];
    },
  };
}
