import type { SaveTargetProfilesRequest, TargetProfilesView } from '@lederloeft/contracts';

export const TARGET_MIN = 1;
export const TARGET_MAX = 5;

/** What is typed in one cell; `badInput` when the browser could not read it as a number. */
export interface TargetDraft {
  raw: string;
  badInput: boolean;
}

export type TargetProblem = 'range' | 'decimals';

export type ParsedTarget =
  | { ok: true; value: number | null }
  | { ok: false; problem: TargetProblem };

export interface TargetCellProblem {
  levelKey: string;
  competencyKey: string;
  problem: TargetProblem;
}

/** Key of a cell in the draft map. */
export function cellKey(levelKey: string, competencyKey: string): string {
  return `${levelKey}|${competencyKey}`;
}

/** A typed target: blank means no target; otherwise 1..5 with at most one decimal. */
export function parseTarget(draft: TargetDraft): ParsedTarget {
  const raw = draft.raw.trim();
  if (raw === '' && !draft.badInput) {
    return { ok: true, value: null };
  }
  const value = Number(raw.replace(',', '.'));
  if (draft.badInput || raw === '' || !Number.isFinite(value)) {
    return { ok: false, problem: 'range' };
  }
  if (value < TARGET_MIN || value > TARGET_MAX) {
    return { ok: false, problem: 'range' };
  }
  const tenths = value * 10;
  if (Math.abs(tenths - Math.round(tenths)) > 1e-9) {
    return { ok: false, problem: 'decimals' };
  }
  return { ok: true, value: Math.round(tenths) / 10 };
}

/** The stored target of a cell, or null when it has none. */
export function storedTarget(
  view: TargetProfilesView,
  levelKey: string,
  competencyKey: string,
): number | null {
  const level = view.levels.find((l) => l.levelKey === levelKey);
  return level?.targets[competencyKey] ?? null;
}

/**
 * The cells whose typed value differs from what is stored (blank → null, which removes the
 * target), and the cells that cannot be saved as typed.
 */
export function targetChanges(
  view: TargetProfilesView,
  drafts: Readonly<Record<string, TargetDraft>>,
  cells: readonly { levelKey: string; competencyKey: string }[],
): { targets: SaveTargetProfilesRequest['targets']; problems: TargetCellProblem[] } {
  const targets: SaveTargetProfilesRequest['targets'] = [];
  const problems: TargetCellProblem[] = [];
  for (const { levelKey, competencyKey } of cells) {
    const draft = drafts[cellKey(levelKey, competencyKey)];
    if (!draft) {
      continue;
    }
    const parsed = parseTarget(draft);
    if (!parsed.ok) {
      problems.push({ levelKey, competencyKey, problem: parsed.problem });
    } else if (parsed.value !== storedTarget(view, levelKey, competencyKey)) {
      targets.push({ levelKey, competencyKey, target: parsed.value });
    }
  }
  return { targets, problems };
}
