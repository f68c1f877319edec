import type { AssessmentSource } from '@lederloeft/contracts';

/** What the generator needs to know of a demo leader. */
export interface DemoAssessedLeader {
  id: string;
  email: string;
  levelKey: string;
  orgUnitId: string;
  hasManager: boolean;
  /** Leave the self-assessment empty: this leader does it in the demo (and the e2e test). */
  selfAssessmentOpen: boolean;
}

export interface DemoEvidence {
  ratings: {
    leaderId: string;
    source: 'self' | 'manager';
    behaviourKey: string;
    rating: number | null;
  }[];
  employees: {
    leaderId: string;
    behaviourKey: string;
    respondents: number;
    mean: number;
    distribution: number[];
  }[];
  survey: { orgUnitId: string; competencyKey: string; score: number; respondents: number }[];
}

/** Target level per leader level; the higher the level, the more is expected. */
export const DEMO_TARGETS: Record<string, number> = {
  foerstelinjeleder: 3.5,
  mellemleder: 3.8,
  chef: 4,
  direktoer: 4.2,
};

/**
 * Last year's leader evaluation, closed: the earlier round Overblik's trend compares with.
 * Leaders who started after it began have no evidence in it.
 */
export const DEMO_EARLIER_ROUND = {
  name: 'Lederevaluering 2025',
  periodStart: '2025-09-01',
  periodEnd: '2025-12-18',
  sources: ['self', 'manager', 'employees', 'survey'] as AssessmentSource[],
  minRespondents: 3,
};

export const DEMO_ROUND = {
  name: 'Lederevaluering 2026',
  periodStart: '2026-09-01',
  periodEnd: '2026-12-18',
  sources: ['self', 'manager', 'employees', 'survey'] as AssessmentSource[],
  minRespondents: 3,
};

/** A small seeded PRNG (mulberry32): the same demo data on every machine. */
function random(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

/**
 * A completed leader evaluation with a story: each leader has a true level per competency
 * around their target; employees see it with some spread (small teams fall under the
 * anonymity limit); managers rate close to it; a quarter of the leaders rate themselves a
 * point or more higher (or lower) than others do: blind spots to find.
 */
export function generateDemoEvidence(
  leaders: readonly DemoAssessedLeader[],
  competencies: readonly { key: string; behaviourKeys: readonly string[] }[],
  options: {
    /** Added to the seed, so another round gets other (but as stable) answers. */
    seed?: string;
    /** Moves every true level (last year's leaders stood a little lower). */
    levelShift?: number;
  } = {},
): DemoEvidence {
  const evidence: DemoEvidence = { ratings: [], employees: [], survey: [] };
  // The survey is per unit: with several leaders in a unit, the first one's answers count.
  const surveyed = new Set<string>();
  for (const leader of leaders) {
    const rnd = random(`${leader.email}${options.seed ?? ''}`);
    const target = DEMO_TARGETS[leader.levelKey] ?? 3.5;
    const selfBias = rnd() < 0.15 ? 1.3 : rnd() < 0.12 ? -1.1 : 0;
    const teamSize = rnd() < 0.1 ? 2 : 4 + Math.floor(rnd() * 10);
    for (const competency of competencies) {
      const trueLevel = target - 0.8 + rnd() * 1.4 + (options.levelShift ?? 0);
      for (const behaviourKey of competency.behaviourKeys) {
        const level = trueLevel - 0.4 + rnd() * 0.8;
        const distribution = [0, 0, 0, 0, 0];
        for (let i = 0; i < teamSize; i++) distribution[clamp(level - 1 + rnd() * 2) - 1]++;
        const mean = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0) / teamSize;
        evidence.employees.push({
          leaderId: leader.id,
          behaviourKey,
          respondents: teamSize,
          mean: Math.round(mean * 100) / 100,
          distribution,
        });
        if (leader.hasManager) {
          // About one answer in twenty is "kan ikke vurdere".
          const rating = rnd() < 0.05 ? null : clamp(level - 0.3 + rnd() * 0.6);
          evidence.ratings.push({ leaderId: leader.id, source: 'manager', behaviourKey, rating });
        }
        if (!leader.selfAssessmentOpen) {
          evidence.ratings.push({
            leaderId: leader.id,
            source: 'self',
            behaviourKey,
            rating: clamp(level + selfBias),
          });
        }
      }
      const score = Math.round(Math.min(5, Math.max(1, trueLevel - 0.3 + rnd() * 0.6)) * 100) / 100;
      if (!surveyed.has(`${leader.orgUnitId}|${competency.key}`)) {
        surveyed.add(`${leader.orgUnitId}|${competency.key}`);
        evidence.survey.push({
          orgUnitId: leader.orgUnitId,
          competencyKey: competency.key,
          score,
          respondents: teamSize,
        });
      }
    }
  }
  return evidence;
}
