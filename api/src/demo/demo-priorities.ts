import { randomUUID } from 'node:crypto';
import { PrioritySetEntity } from '../priorities/priority-set.entity';
import { PriorityWeightEntity } from '../priorities/priority-weight.entity';

interface DemoPrioritySet {
  unitRef: string;
  /** 0: the current year, 1: the next. */
  yearOffset: number;
  weights: Record<string, number>;
  note: string;
}

/** Who set the demo priorities: the director of Børn og Unge. */
export const DEMO_PRIORITIES_SET_BY = 'birgitte.mikkelsen@ikast-brande.dk';

/**
 * Børn og Unge weighs hedekraft and borgerne i centrum higher this year and next; Skoler
 * overrides this year with its own set (the whole set, as inheritance works by set).
 */
export const DEMO_PRIORITY_SETS: readonly DemoPrioritySet[] = [
  {
    unitRef: 'unit-boern-og-unge',
    yearOffset: 0,
    weights: { handlekraft: 1, 'borgerne-i-centrum': 2, 'paa-tvaers': 1, hedekraft: 2 },
    note: 'Børne- og ungepolitikken: vi udvikler nye løsninger sammen med familierne, og barnets perspektiv kommer først.',
  },
  {
    unitRef: 'unit-boern-og-unge',
    yearOffset: 1,
    weights: { handlekraft: 1, 'borgerne-i-centrum': 2, 'paa-tvaers': 1.5, hedekraft: 2.5 },
    note: 'Næste år fylder de nye lokale fællesskaber: flere idéer fra medarbejderne og et tættere samarbejde mellem dagtilbud og skole.',
  },
  {
    unitRef: 'unit-skoler',
    yearOffset: 0,
    weights: { handlekraft: 1, 'borgerne-i-centrum': 2, 'paa-tvaers': 2.5, hedekraft: 2 },
    note: 'Skolerne lægger i år særlig vægt på overgangen fra dagtilbud til skole, som kræver ledelse på tværs.',
  },
];

/** The demo priority sets and their weights, for the units and account the demo created. */
export function demoPriorityRows(
  unitIds: ReadonlyMap<string, string>,
  setBy: { id: string; name: string } | undefined,
  currentYear: number,
  now: Date,
): { sets: PrioritySetEntity[]; weights: PriorityWeightEntity[] } {
  const sets: PrioritySetEntity[] = [];
  const weights: PriorityWeightEntity[] = [];
  for (const demo of DEMO_PRIORITY_SETS) {
    const orgUnitId = unitIds.get(demo.unitRef);
    if (!orgUnitId || !setBy) continue;
    const id = randomUUID();
    sets.push(
      Object.assign(new PrioritySetEntity(), {
        id,
        orgUnitId,
        year: currentYear + demo.yearOffset,
        note: demo.note,
        setByAccountId: setBy.id,
        setByName: setBy.name,
        updatedAt: now,
      }),
    );
    for (const [competencyKey, weight] of Object.entries(demo.weights)) {
      weights.push(
        Object.assign(new PriorityWeightEntity(), {
          prioritySetId: id,
          competencyKey,
          weightHundredths: Math.round(weight * 100),
        }),
      );
    }
  }
  return { sets, weights };
}
