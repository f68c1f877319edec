import type { OrgUnitRef } from './people';

/**
 * Strategic priority weights: how much more (or less) a competency counts in the plan
 * proposals of the leaders under an org unit in a year. 1 is "as the others"; the steps
 * keep a priority explainable ("dobbelt så vigtig") instead of falsely precise.
 */
export const PRIORITY_WEIGHT_MIN = 0.5;
export const PRIORITY_WEIGHT_MAX = 3;
export const PRIORITY_WEIGHT_STEP = 0.5;
export const PRIORITY_WEIGHT_DEFAULT = 1;

/** One unit's priorities for one year, as set by a director, HR or an administrator. */
export interface PrioritySetView {
  orgUnit: OrgUnitRef;
  year: number;
  /** Weight per competency key; a competency left out weighs 1. */
  weights: Record<string, number>;
  /** Why the unit weighs as it does, shown to the leaders it applies to. */
  note: string | null;
  setBy: { accountId: string | null; name: string };
  updatedAt: string;
}

/** Replaces a unit's priorities for a year. */
export interface SavePrioritiesRequest {
  weights: { competencyKey: string; weight: number }[];
  note?: string | null;
}

/**
 * The priorities in force for a unit or a leader in a year: the set of the nearest unit on
 * the path up to the kommune that has one (whole-set inheritance), or 1 everywhere.
 */
export interface EffectivePrioritiesView {
  year: number;
  /** The unit the weights come from; null when no unit on the path has priorities. */
  source: OrgUnitRef | null;
  /** Weight per competency key of the edition in force, defaults filled in. */
  weights: Record<string, number>;
  /** The set they come from, null when none applies. */
  set: PrioritySetView | null;
}

/** A unit's own priorities beside those it would inherit, for the priorities screen. */
export interface UnitPrioritiesView {
  orgUnit: OrgUnitRef;
  year: number;
  own: PrioritySetView | null;
  /** What applies without the unit's own set: from the units above it. */
  inherited: EffectivePrioritiesView;
}
