import type { CoverageValue } from '@lederloeft/contracts';
import { roundShare } from './coverage-table';
import type { RowRef, TreeUnit } from './suppression';

/** Leaders assessed in the later round and not the earlier (`in`), and the other way round. */
export interface MembershipChange {
  in: number;
  out: number;
}

/** The change of membership between two rounds' sets of assessed leaders. */
export function membershipChange(
  earlier: Iterable<string>,
  later: Iterable<string>,
): MembershipChange {
  const before = new Set(earlier);
  const after = new Set(later);
  let stayed = 0;
  for (const id of after) if (before.has(id)) stayed++;
  return { in: after.size - stayed, out: before.size - stayed };
}

/**
 * The change of a share between two rounds, in share points. Shown only when both rounds'
 * figures are shown and the membership changed by 0 or at least minGroupSize leaders:
 * with 1 to minGroupSize − 1 leaders in or out, the difference would describe them.
 */
export function trendChange(
  earlier: CoverageValue,
  later: CoverageValue,
  membership: MembershipChange,
  minGroupSize: number,
): CoverageValue {
  if (!later.shown) return { shown: false, reason: later.reason };
  if (!earlier.shown) return { shown: false, reason: earlier.reason };
  const moved = membership.in + membership.out;
  if (moved > 0 && moved < minGroupSize) return { shown: false, reason: 'few-changed' };
  return { shown: true, value: roundShare(later.value - earlier.value), n: later.n };
}

/**
 * Leaders assessed in both rounds, per row, from how many were in each pair of units
 * (earlier round's unit, later round's unit). A leader who moved counts as a stayer for
 * every unit that holds both places (their lowest common ancestor and above), and as out
 * of the old unit and into the new one below it.
 */
export function stayersByRow(
  units: readonly TreeUnit[],
  pairs: readonly { earlierUnitId: string; laterUnitId: string; leaders: number }[],
): (row: RowRef) => number {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at; at = parent.get(at)) chain.push(at);
    return chain;
  };
  const atLca = new Map<string, number>();
  const sameUnit = new Map<string, number>();
  for (const pair of pairs) {
    if (pair.earlierUnitId === pair.laterUnitId) {
      sameUnit.set(pair.earlierUnitId, (sameUnit.get(pair.earlierUnitId) ?? 0) + pair.leaders);
    }
    const above = new Set(ancestors(pair.earlierUnitId));
    const lca = ancestors(pair.laterUnitId).find((id) => above.has(id));
    if (lca) atLca.set(lca, (atLca.get(lca) ?? 0) + pair.leaders);
  }
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const subtree = new Map<string, number>();
  const total = (id: string): number => {
    const known = subtree.get(id);
    if (known !== undefined) return known;
    const sum =
      (atLca.get(id) ?? 0) + (children.get(id) ?? []).reduce((s, child) => s + total(child), 0);
    subtree.set(id, sum);
    return sum;
  };
  return (row) => (row.kind === 'own' ? (sameUnit.get(row.unitId) ?? 0) : total(row.unitId));
}
