import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AssessmentRatingEntity } from '../assessments/assessment-rating.entity';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { EmployeeResultEntity } from '../assessments/employee-result.entity';
import { DEFAULT_RATING_SCALE } from '../assessments/rating-scale';
import { SurveyResultEntity } from '../assessments/survey-result.entity';
import { TargetProfileEntity } from '../assessments/target-profile.entity';
import { BehaviourEntity } from '../frameworks/behaviour.entity';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import type { LeaderEntity } from '../organisation/leader.entity';
import {
  DEMO_EARLIER_ROUND,
  DEMO_ROUND,
  DEMO_TARGETS,
  generateDemoEvidence,
} from './demo-assessments';
import { DEMO_ACCOUNTS } from './demo-organisation';

/**
 * The open round "Lederevaluering 2026" on the current foundation and last year's closed
 * "Lederevaluering 2025" (leaders who started after it began are not in it), targets per
 * leader level, and every source's evidence in both, except the first demo leader's
 * self-assessment in the open round: that one is left for the person trying the demo.
 */
export async function demoAssessmentRows(
  dataSource: DataSource,
  leaders: LeaderEntity[],
  now: Date,
) {
  const framework = await dataSource
    .getRepository(FrameworkEntity)
    .findOne({ where: { status: 'published' } });
  if (!framework) return null;
  const competencies = await dataSource
    .getRepository(CompetencyEntity)
    .find({ where: { frameworkId: framework.id }, order: { position: 'ASC' } });
  const behaviours = await dataSource
    .getRepository(BehaviourEntity)
    .find({ where: { frameworkId: framework.id }, order: { position: 'ASC' } });
  const targets = Object.entries(DEMO_TARGETS).flatMap(([levelKey, target]) =>
    competencies.map((c) =>
      Object.assign(new TargetProfileEntity(), {
        id: randomUUID(),
        frameworkId: framework.id,
        levelKey,
        competencyKey: c.key,
        target,
      }),
    ),
  );
  const tryItYourself = DEMO_ACCOUNTS.find((a) => a.role === 'leader')?.email.toLowerCase();
  const shape = competencies.map((c) => ({
    key: c.key,
    behaviourKeys: behaviours.filter((b) => b.competencyId === c.id).map((b) => b.key),
  }));
  const managerOf = new Map(leaders.map((l) => [l.id, l.managerId]));
  const roundRows = (
    definition: typeof DEMO_ROUND,
    status: 'open' | 'closed',
    evidence: ReturnType<typeof generateDemoEvidence>,
  ) => {
    const roundId = randomUUID();
    return {
      round: Object.assign(new AssessmentRoundEntity(), {
        id: roundId,
        ...definition,
        frameworkId: framework.id,
        status,
        scale: DEFAULT_RATING_SCALE,
        weights: null,
        createdAt: now,
      }),
      ratings: evidence.ratings.map((r) =>
        Object.assign(new AssessmentRatingEntity(), {
          id: randomUUID(),
          roundId,
          ...r,
          raterLeaderId: r.source === 'self' ? r.leaderId : (managerOf.get(r.leaderId) ?? null),
          updatedAt: now,
        }),
      ),
      employees: evidence.employees.map((e) =>
        Object.assign(new EmployeeResultEntity(), { id: randomUUID(), roundId, ...e }),
      ),
      survey: evidence.survey.map((s) =>
        Object.assign(new SurveyResultEntity(), { id: randomUUID(), roundId, ...s }),
      ),
    };
  };
  const assessed = (l: LeaderEntity, selfAssessmentOpen: boolean) => ({
    id: l.id,
    email: l.email,
    levelKey: l.levelKey,
    orgUnitId: l.orgUnitId,
    hasManager: l.managerId !== null,
    selfAssessmentOpen,
  });
  const earlier = generateDemoEvidence(
    leaders
      .filter((l) => (l.startDate ?? '') < DEMO_EARLIER_ROUND.periodStart)
      .map((l) => assessed(l, false)),
    shape,
    // Last year's answers: other draws, and the leaders stood a little lower.
    { seed: DEMO_EARLIER_ROUND.name, levelShift: -0.25 },
  );
  const current = generateDemoEvidence(
    leaders.map((l) => assessed(l, l.email === tryItYourself)),
    shape,
  );
  return {
    frameworkId: framework.id,
    targets,
    // Newest last: written in time order.
    rounds: [
      roundRows(DEMO_EARLIER_ROUND, 'closed', earlier),
      roundRows(DEMO_ROUND, 'open', current),
    ],
  };
}
