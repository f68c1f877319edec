import type { EntityManager } from 'typeorm';
import {
  behavioursBelowTarget,
  leaderCoverageFacts,
  type LeaderPlanCoverage,
} from '@lederloeft/domain';
import { DEFAULT_EFFECT_MODEL } from '@lederloeft/planner';
import { bulkInsert } from '../database/bulk-insert';
import { CoverageBehaviourGapEntity } from './coverage-behaviour-gap.entity';
import { CoverageFactEntity } from './coverage-fact.entity';
import { CoverageLeaderPlanEntity } from './coverage-leader-plan.entity';
import { CoveragePlanEffectEntity } from './coverage-plan-effect.entity';
import { rebuildUnitStats } from './coverage-unit-stats';
import { inList } from './sql-list';
import { loadLeaderEvidence, rowsFor } from './coverage-evidence';
import { bumpCoverageGeneration } from './coverage-generation';

const hundredths = (value: number) => Math.round(value * 100);

/** What the leaders' approved and active plans do, per plan and competency, and their totals. */
export async function planCoverage(manager: EntityManager, leaderIds: string[]) {
  const plans = await rowsFor<{
    id: string;
    leader_id: string;
    period_end: string;
    budget_ore: number | null;
  }>(
    manager,
    leaderIds,
    (list) =>
      `SELECT id, leader_id, period_end, budget_ore FROM development_plans WHERE status IN ('approved', 'active') AND leader_id IN (${list})`,
  );
  const items = await rowsFor<{
    plan_id: string;
    kind: string;
    offer_id: string | null;
    competency_keys: string;
    cost_ore: number;
    hours_tenths: number;
  }>(
    manager,
    plans.map((p) => p.id),
    (list) =>
      `SELECT plan_id, kind, offer_id, competency_keys, cost_ore, hours_tenths FROM plan_items WHERE plan_id IN (${list})`,
  );
  const offerIds = [...new Set(items.flatMap((i) => (i.offer_id ? [i.offer_id] : [])))];
  const effects = await rowsFor<{ offer_id: string; competency_key: string; strength: string }>(
    manager,
    offerIds,
    (list) =>
      `SELECT offer_id, competency_key, strength FROM offer_effects WHERE offer_id IN (${list})`,
  );
  const strengthOf = new Map(effects.map((e) => [`${e.offer_id}|${e.competency_key}`, e.strength]));

  const perPlan: CoveragePlanEffectEntity[] = [];
  const perLeader = new Map<string, LeaderPlanCoverage & { summary: CoverageLeaderPlanEntity }>();
  for (const plan of plans) {
    const mine = items.filter((i) => i.plan_id === plan.id);
    const byCompetency = new Map<string, { effect: number; addressed: boolean }>();
    for (const item of mine) {
      for (const key of JSON.parse(item.competency_keys) as string[]) {
        const entry = byCompetency.get(key) ?? { effect: 0, addressed: false };
        entry.addressed = true;
        // The planner's effect model: an offer closes its strength's level points of a
        // competency it is credited with (the item names it); other activities none.
        const strength = item.offer_id ? strengthOf.get(`${item.offer_id}|${key}`) : undefined;
        if (strength === 'strong' || strength === 'some') {
          entry.effect += DEFAULT_EFFECT_MODEL.strength[strength];
        }
        byCompetency.set(key, entry);
      }
    }
    for (const [competencyKey, entry] of byCompetency) {
      perPlan.push(
        Object.assign(new CoveragePlanEffectEntity(), {
          planId: plan.id,
          competencyKey,
          leaderId: plan.leader_id,
          effectHundredths: hundredths(entry.effect),
          addressed: entry.addressed,
          periodEnd: plan.period_end,
        }),
      );
    }
    const leader = perLeader.get(plan.leader_id) ?? {
      addressed: [] as string[],
      effects: {} as Record<string, number>,
      summary: Object.assign(new CoverageLeaderPlanEntity(), {
        leaderId: plan.leader_id,
        orgUnitId: '',
        plans: 0,
        committedOre: 0,
        budgetOre: 0,
        hoursTenths: 0,
      }),
    };
    for (const [key, entry] of byCompetency) {
      if (entry.addressed && !leader.addressed.includes(key)) {
        (leader.addressed as string[]).push(key);
      }
      (leader.effects as Record<string, number>)[key] = (leader.effects[key] ?? 0) + entry.effect;
    }
    leader.summary.plans += 1;
    leader.summary.budgetOre += Number(plan.budget_ore ?? 0);
    for (const item of mine) {
      leader.summary.committedOre += Number(item.cost_ore);
      leader.summary.hoursTenths += Number(item.hours_tenths);
    }
    perLeader.set(plan.leader_id, leader);
  }
  return { perPlan, perLeader };
}

/**
 * Recomputes the coverage facts of some leaders in every round, in the caller's
 * transaction: their gap profiles with the same input as GET /api/leaders/:id/gap-profile,
 * their plans' effects, and the unit counts of every unit they counted in before or now.
 */
export async function refreshLeaders(manager: EntityManager, leaderIds: string[]): Promise<void> {
  if (leaderIds.length === 0) return;
  const loaded = await loadLeaderEvidence(manager, leaderIds);
  const ids = loaded.leaders.map((l) => l.id);
  const before = await rowsFor<{ round_id: string; leader_id: string; org_unit_id: string }>(
    manager,
    ids,
    (list) =>
      `SELECT DISTINCT round_id, leader_id, org_unit_id FROM coverage_facts WHERE leader_id IN (${list})`,
  );
  const memberBefore = new Map(before.map((b) => [`${b.round_id}|${b.leader_id}`, b.org_unit_id]));
  const { perPlan, perLeader } = await planCoverage(manager, ids);

  const facts: CoverageFactEntity[] = [];
  const gaps: CoverageBehaviourGapEntity[] = [];
  const touched = new Map<string, Set<string>>();
  const touch = (roundId: string, unitId: string) =>
    touched.set(roundId, (touched.get(roundId) ?? new Set()).add(unitId));
  for (const b of before) touch(b.round_id, b.org_unit_id);

  for (const leader of loaded.leaders) {
    const plans = perLeader.get(leader.id) ?? { addressed: [], effects: {} };
    for (const round of loaded.rounds) {
      // Membership (docs/coverage.md): an open round follows the organisation as it is; a
      // closed one keeps who counted where, and takes in only leaders with evidence of their own.
      let unitId: string | null;
      if (round.status === 'open') unitId = leader.isActive ? leader.org_unit_id : null;
      else {
        const evidence = loaded.evidence(round.id, leader);
        const own = evidence.ratings.length > 0 || evidence.employees.length > 0;
        unitId =
          memberBefore.get(`${round.id}|${leader.id}`) ??
          (leader.isActive && own ? leader.org_unit_id : null);
      }
      if (unitId === null) continue;
      const profile = loaded.profile(round, leader);
      if (profile === null) continue;
      touch(round.id, unitId);
      for (const fact of leaderCoverageFacts(profile, plans)) {
        facts.push(
          Object.assign(new CoverageFactEntity(), {
            roundId: round.id,
            leaderId: leader.id,
            competencyKey: fact.competencyKey,
            orgUnitId: unitId,
            status: fact.status,
            gapHundredths: fact.gap === null ? null : hundredths(fact.gap),
            planned: fact.planned,
            effectHundredths: hundredths(fact.effect),
            projectedMet: fact.projectedMet,
          }),
        );
      }
      for (const gap of behavioursBelowTarget(profile)) {
        gaps.push(
          Object.assign(new CoverageBehaviourGapEntity(), {
            roundId: round.id,
            leaderId: leader.id,
            behaviourKey: gap.behaviourKey,
            competencyKey: gap.competencyKey,
          }),
        );
      }
    }
  }

  for (const table of [
    'coverage_facts',
    'coverage_behaviour_gaps',
    'coverage_plan_effects',
    'coverage_leader_plans',
  ]) {
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      await manager.query(
        `DELETE FROM ${table} WHERE leader_id IN (${inList(manager, part.length)})`,
        part,
      );
    }
  }
  await bulkInsert(manager, CoverageFactEntity, facts);
  await bulkInsert(manager, CoverageBehaviourGapEntity, gaps);
  const activeLeaders = new Map(loaded.leaders.filter((l) => l.isActive).map((l) => [l.id, l]));
  await bulkInsert(
    manager,
    CoveragePlanEffectEntity,
    perPlan.filter((p) => activeLeaders.has(p.leaderId)),
  );
  await bulkInsert(
    manager,
    CoverageLeaderPlanEntity,
    [...perLeader.values()]
      .filter((p) => activeLeaders.has(p.summary.leaderId))
      .map((p) => ({
        ...p.summary,
        orgUnitId: activeLeaders.get(p.summary.leaderId)?.org_unit_id ?? '',
      })),
  );
  for (const [roundId, units] of touched) await rebuildUnitStats(manager, roundId, [...units]);
  for (let i = 0; i < leaderIds.length; i += 500) {
    const part = leaderIds.slice(i, i + 500);
    await manager.query(
      `DELETE FROM coverage_stale WHERE leader_id IN (${inList(manager, part.length)})`,
      part,
    );
  }
  await bumpCoverageGeneration(manager);
}
