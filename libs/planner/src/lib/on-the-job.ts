import type { BehaviourGroup, LocalizedText } from '@lederloeft/contracts';
import type { ExperiencePlanItem, PlanInput } from './plan-types';

/** A short suggested action per behaviour group (frame for employees / personal conduct). */
export const SUGGESTED_ACTIONS: Readonly<Record<BehaviourGroup, LocalizedText>> = Object.freeze({
  frame: {
    da: 'Gør det til en fast del af din ledelsespraksis de næste tre måneder, og følg op med dine medarbejdere på, hvad det ændrer.',
    en: 'Make it a fixed part of how you lead for the next three months, and follow up with your employees on what it changes.',
  },
  personal: {
    da: 'Øv adfærden bevidst i hverdagen, og bed en kollega eller din leder om feedback efter seks uger.',
    en: 'Practise the behaviour deliberately in everyday work, and ask a colleague or your manager for feedback after six weeks.',
  },
});

export const DEFAULT_ON_THE_JOB_PER_COMPETENCY = 2;

/**
 * Learning on the job: for every competency with a gap, the example behaviours with the
 * largest gaps (ties and unknown gaps in the framework's order), with the behaviour's own
 * text and a suggested action. They cost nothing and are not part of the MIP.
 */
export function onTheJobItems(input: PlanInput): ExperiencePlanItem[] {
  const perCompetency = input.options?.onTheJobPerCompetency ?? DEFAULT_ON_THE_JOB_PER_COMPETENCY;
  const gaps = new Map(input.gaps.competencies.map((c) => [c.key, c]));
  const items: ExperiencePlanItem[] = [];
  for (const competency of input.competencies) {
    const gap = gaps.get(competency.key);
    if (!gap || gap.gap === null || gap.gap <= 0) continue;
    const behaviourGaps = new Map(gap.behaviours.map((b) => [b.key, b.gap]));
    const ranked = competency.behaviours
      .map((behaviour, order) => ({
        behaviour,
        order,
        gap: behaviourGaps.get(behaviour.key) ?? null,
      }))
      .sort((a, b) => (b.gap ?? -Infinity) - (a.gap ?? -Infinity) || a.order - b.order);
    // Behaviours already met are not worth practising when others still have a gap.
    const open = ranked.filter((r) => r.gap !== null && r.gap > 0);
    const chosen = (open.length > 0 ? open : ranked).slice(0, perCompetency);
    for (const { behaviour, gap: behaviourGap } of chosen) {
      items.push({
        type: 'experience',
        category: 'experience',
        competencyKey: competency.key,
        behaviourKey: behaviour.key,
        behaviourGap,
        text: behaviour.text,
        suggestedAction: SUGGESTED_ACTIONS[behaviour.group],
        priceDkk: 0,
        hours: 0,
      });
    }
  }
  return items;
}
