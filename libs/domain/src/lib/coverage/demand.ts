import type { CoverageValue, UnmetDemand } from '@lederloeft/contracts';

/**
 * A count of leaders with a gap, as HR sees it: 0 is shown (nobody), 1 to
 * minGroupSize − 1 is hidden ("Færre end 5"), from minGroupSize it is shown.
 */
export function demandValue(leaders: number, minGroupSize: number): CoverageValue {
  if (leaders > 0 && leaders < minGroupSize) return { shown: false, reason: 'too-few' };
  return { shown: true, value: leaders, n: leaders };
}

/** What is asked of and offered for one competency or behaviour. */
export interface DemandLine {
  competencyKey: string;
  behaviourKey: string | null;
  /** Leaders with the gap. */
  leaders: number;
  /** Free seats of available offers addressing it; null when an on-demand offer does. */
  availableSeats: number | null;
}

/**
 * Unmet demand: leaders with a gap beyond the free seats of the available offers that
 * address it; an offer on demand meets any demand. Largest first (then in the given
 * order). A hidden demand is listed, last, only when nothing at all addresses it: saying
 * more (that it exceeds a number of seats) would narrow down the hidden count.
 */
export function unmetDemand(lines: readonly DemandLine[], minGroupSize: number): UnmetDemand[] {
  const shown: { line: DemandLine; unmet: number; index: number }[] = [];
  const hidden: DemandLine[] = [];
  lines.forEach((line, index) => {
    if (line.leaders === 0 || line.availableSeats === null) return;
    const demand = demandValue(line.leaders, minGroupSize);
    if (!demand.shown) {
      if (line.availableSeats === 0) hidden.push(line);
      return;
    }
    const unmet = line.leaders - line.availableSeats;
    if (unmet > 0) shown.push({ line, unmet, index });
  });
  shown.sort((a, b) => b.unmet - a.unmet || a.index - b.index);
  return [
    ...shown.map(({ line, unmet }) => ({
      competencyKey: line.competencyKey,
      behaviourKey: line.behaviourKey,
      demand: demandValue(line.leaders, minGroupSize),
      availableSeats: line.availableSeats,
      unmet: { shown: true as const, value: unmet, n: line.leaders },
    })),
    ...hidden.map((line) => ({
      competencyKey: line.competencyKey,
      behaviourKey: line.behaviourKey,
      demand: demandValue(line.leaders, minGroupSize),
      availableSeats: line.availableSeats,
      unmet: { shown: false as const, reason: 'too-few' as const },
    })),
  ];
}
