import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { calculateGapProfile, DomainError, type GapProfile } from '@lederloeft/domain';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { gapInputOf, type StoredEvidence } from '../assessments/gap-input';
import { inList } from './sql-list';

const logger = new Logger('CoverageEvidence');

export interface LeaderRow {
  id: string;
  level_key: string;
  org_unit_id: string;
  active: boolean | number;
}

/** A framework edition's competencies and the targets per leader level. */
interface Edition {
  competencies: { key: string; behaviourKeys: string[] }[];
  targets: Map<string, Record<string, number>>;
}

/** Reads rows by id in parts (both databases cap the values bound to one statement). */
export async function rowsFor<T>(
  manager: EntityManager,
  ids: readonly string[],
  sql: (list: string) => string,
): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const list = inList(manager, part.length);
    rows.push(...((await manager.query(sql(list), part)) as T[]));
  }
  return rows;
}

async function editions(
  manager: EntityManager,
  frameworkIds: string[],
): Promise<Map<string, Edition>> {
  const result = new Map<string, Edition>();
  const competencies = await rowsFor<{ id: string; framework_id: string; key: string }>(
    manager,
    frameworkIds,
    (list) =>
      `SELECT id, framework_id, key FROM competencies WHERE framework_id IN (${list}) ORDER BY position`,
  );
  const behaviours = await rowsFor<{ competency_id: string; key: string }>(
    manager,
    frameworkIds,
    (list) =>
      `SELECT competency_id, key FROM behaviours WHERE framework_id IN (${list}) ORDER BY position`,
  );
  const targets = await rowsFor<{
    framework_id: string;
    level_key: string;
    competency_key: string;
    target: number;
  }>(
    manager,
    frameworkIds,
    (list) =>
      `SELECT framework_id, level_key, competency_key, target FROM target_profiles WHERE framework_id IN (${list})`,
  );
  for (const id of frameworkIds) {
    const edition: Edition = {
      competencies: competencies
        .filter((c) => c.framework_id === id)
        .map((c) => ({
          key: c.key,
          behaviourKeys: behaviours.filter((b) => b.competency_id === c.id).map((b) => b.key),
        })),
      targets: new Map(),
    };
    for (const t of targets.filter((x) => x.framework_id === id)) {
      const level = edition.targets.get(t.level_key) ?? {};
      level[t.competency_key] = Number(t.target);
      edition.targets.set(t.level_key, level);
    }
    result.set(id, edition);
  }
  return result;
}

/** Some leaders' stored evidence in every round, and their gap profiles from it. */
export interface LeaderEvidence {
  leaders: (LeaderRow & { isActive: boolean })[];
  rounds: AssessmentRoundEntity[];
  evidence(roundId: string, leader: LeaderRow): StoredEvidence;
  /**
   * The leader's gap profile in the round, from the same input as
   * GET /api/leaders/:id/gap-profile; null when the gap rules refuse the data (that route
   * answers 400 for it too), which is logged.
   */
  profile(round: AssessmentRoundEntity, leader: LeaderRow): GapProfile | null;
}

export async function loadLeaderEvidence(
  manager: EntityManager,
  leaderIds: readonly string[],
): Promise<LeaderEvidence> {
  const leaders = await rowsFor<LeaderRow>(
    manager,
    leaderIds,
    (list) => `SELECT id, level_key, org_unit_id, active FROM leaders WHERE id IN (${list})`,
  );
  const rounds = await manager.getRepository(AssessmentRoundEntity).find();
  const byFramework = await editions(manager, [...new Set(rounds.map((r) => r.frameworkId))]);
  const ids = leaders.map((l) => l.id);
  const ratings = await rowsFor<{
    round_id: string;
    leader_id: string;
    source: 'self' | 'manager';
    behaviour_key: string;
    rating: number | null;
  }>(
    manager,
    ids,
    (list) =>
      `SELECT round_id, leader_id, source, behaviour_key, rating FROM assessment_ratings WHERE leader_id IN (${list})`,
  );
  const employees = await rowsFor<{
    round_id: string;
    leader_id: string;
    behaviour_key: string;
    mean: number;
    respondents: number;
  }>(
    manager,
    ids,
    (list) =>
      `SELECT round_id, leader_id, behaviour_key, mean, respondents FROM employee_results WHERE leader_id IN (${list})`,
  );
  const survey = await rowsFor<{
    round_id: string;
    org_unit_id: string;
    competency_key: string;
    score: number;
    respondents: number;
  }>(
    manager,
    [...new Set(leaders.map((l) => l.org_unit_id))],
    (list) =>
      `SELECT round_id, org_unit_id, competency_key, score, respondents FROM survey_results WHERE org_unit_id IN (${list})`,
  );
  const group = <T>(rows: T[], keyOf: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const list = map.get(k);
      if (list) list.push(row);
      else map.set(k, [row]);
    }
    return map;
  };
  const ratingsOf = group(ratings, (r) => `${r.round_id}|${r.leader_id}`);
  const employeesOf = group(employees, (r) => `${r.round_id}|${r.leader_id}`);
  const surveyOf = group(survey, (r) => `${r.round_id}|${r.org_unit_id}`);

  const evidence = (roundId: string, leader: LeaderRow): StoredEvidence => ({
    ratings: (ratingsOf.get(`${roundId}|${leader.id}`) ?? []).map((r) => ({
      source: r.source,
      behaviourKey: r.behaviour_key,
      rating: r.rating === null ? null : Number(r.rating),
    })),
    employees: (employeesOf.get(`${roundId}|${leader.id}`) ?? []).map((e) => ({
      behaviourKey: e.behaviour_key,
      mean: Number(e.mean),
      respondents: Number(e.respondents),
    })),
    survey: (surveyOf.get(`${roundId}|${leader.org_unit_id}`) ?? []).map((s) => ({
      competencyKey: s.competency_key,
      score: Number(s.score),
      respondents: Number(s.respondents),
    })),
  });
  return {
    leaders: leaders.map((l) => ({ ...l, isActive: l.active === true || l.active === 1 })),
    rounds,
    evidence,
    profile(round, leader) {
      const edition = byFramework.get(round.frameworkId);
      if (!edition) return null;
      try {
        return calculateGapProfile(
          gapInputOf(
            round,
            edition.competencies,
            edition.targets.get(leader.level_key) ?? {},
            evidence(round.id, leader),
          ),
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        logger.warn(`Leader ${leader.id} left out of round ${round.id}: ${error.message}`);
        return null;
      }
    },
  };
}
