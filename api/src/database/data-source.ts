import 'reflect-metadata';
import { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { BehaviourEntity } from '../frameworks/behaviour.entity';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { DogmaEntity } from '../frameworks/dogma.entity';
import { FrameworkValueEntity } from '../frameworks/framework-value.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { CreateFrameworks1764230000000 } from './migrations/1764230000000-create-frameworks';
import { CreateOrganisationAndAccounts1764240000000 } from './migrations/1764240000000-create-organisation-and-accounts';
import { AccountRoleEntity } from '../auth/account-role.entity';
import { AccountEntity } from '../auth/account.entity';
import { SessionEntity } from '../auth/session.entity';
import { LeaderLevelEntity } from '../organisation/leader-level.entity';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { SettingEntity } from '../settings/setting.entity';
import { AssessmentRatingEntity } from '../assessments/assessment-rating.entity';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { EmployeeResultEntity } from '../assessments/employee-result.entity';
import { SurveyResultEntity } from '../assessments/survey-result.entity';
import { TargetProfileEntity } from '../assessments/target-profile.entity';
import { CreateAssessments1764250000000 } from './migrations/1764250000000-create-assessments';
import { AddLeaderEmployeeId1764260000000 } from './migrations/1764260000000-add-leader-employee-id';
import { CreateLocalInterpretations1764270000000 } from './migrations/1764270000000-create-local-interpretations';
import { CreateSurveyItems1764280000000 } from './migrations/1764280000000-create-survey-items';
import { AddRoundWeights1764290000000 } from './migrations/1764290000000-add-round-weights';
import { SurveyItemEntity } from '../assessments/survey-item.entity';
import { SurveyItemScoreEntity } from '../assessments/survey-item-score.entity';
import { LocalInterpretationEntity } from '../interpretations/local-interpretation.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { OfferEffectEntity } from '../catalogue/offer-effect.entity';
import { OfferBehaviourEntity } from '../catalogue/offer-behaviour.entity';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { CreateCatalogue1764300000000 } from './migrations/1764300000000-create-catalogue';
import { PlanEntity } from '../plans/plan.entity';
import { PlanItemEntity } from '../plans/plan-item.entity';
import { PlanGoalEntity } from '../plans/plan-goal.entity';
import { PlanFollowUpEntity } from '../plans/plan-follow-up.entity';
import { PlanItemNoteEntity } from '../plans/plan-item-note.entity';
import { PlanEventEntity } from '../plans/plan-event.entity';
import { SeatBookingEntity } from '../plans/seat-booking.entity';
import { CreateDevelopmentPlans1764310000000 } from './migrations/1764310000000-create-development-plans';
import { PrioritySetEntity } from '../priorities/priority-set.entity';
import { PriorityWeightEntity } from '../priorities/priority-weight.entity';
import { CreateStrategicPriorities1764323000000 } from './migrations/1764323000000-create-strategic-priorities';
import { RequestCounterEntity } from '../common/rate-limits/request-counter.entity';
import { CreateRequestCounters1765200000000 } from './migrations/1765200000000-create-request-counters';
import { CoverageFactEntity } from '../coverage/coverage-fact.entity';
import { CoverageBehaviourGapEntity } from '../coverage/coverage-behaviour-gap.entity';
import { CoverageUnitStatEntity } from '../coverage/coverage-unit-stat.entity';
import { CoveragePlanEffectEntity } from '../coverage/coverage-plan-effect.entity';
import { CoverageLeaderPlanEntity } from '../coverage/coverage-leader-plan.entity';
import { CoverageStaleEntity } from '../coverage/coverage-stale.entity';
import { CoverageTargetEntity } from '../coverage/coverage-target.entity';
import { CreateCoverage1765300000000 } from './migrations/1765300000000-create-coverage';

// Listed as classes, not globs: webpack bundles the api into one file.
export const ENTITIES = [
  FrameworkEntity,
  FrameworkValueEntity,
  CompetencyEntity,
  BehaviourEntity,
  DogmaEntity,
  SettingEntity,
  LeaderLevelEntity,
  OrgUnitEntity,
  LeaderEntity,
  AccountEntity,
  AccountRoleEntity,
  SessionEntity,
  TargetProfileEntity,
  AssessmentRoundEntity,
  AssessmentRatingEntity,
  EmployeeResultEntity,
  SurveyResultEntity,
  LocalInterpretationEntity,
  SurveyItemEntity,
  SurveyItemScoreEntity,
  OfferEntity,
  OfferEffectEntity,
  OfferBehaviourEntity,
  OfferSessionEntity,
  PlanEntity,
  PlanItemEntity,
  PlanGoalEntity,
  PlanFollowUpEntity,
  PlanItemNoteEntity,
  PlanEventEntity,
  SeatBookingEntity,
  PrioritySetEntity,
  PriorityWeightEntity,
  RequestCounterEntity,
  CoverageFactEntity,
  CoverageBehaviourGapEntity,
  CoverageUnitStatEntity,
  CoveragePlanEffectEntity,
  CoverageLeaderPlanEntity,
  CoverageStaleEntity,
  CoverageTargetEntity,
];
export const MIGRATIONS = [
  CreateFrameworks1764230000000,
  CreateOrganisationAndAccounts1764240000000,
  CreateAssessments1764250000000,
  AddLeaderEmployeeId1764260000000,
  CreateLocalInterpretations1764270000000,
  CreateSurveyItems1764280000000,
  AddRoundWeights1764290000000,
  CreateCatalogue1764300000000,
  CreateDevelopmentPlans1764310000000,
  CreateStrategicPriorities1764323000000,
  CreateRequestCounters1765200000000,
  CreateCoverage1765300000000,
];

/**
 * The one place that turns configuration into TypeORM options, shared by the Nest app,
 * the tests and the migration CLI. Schema changes only ever come from migrations.
 */
export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ['error' as const],
  };
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // WAL lets readers go on while the single writer writes; the busy timeout absorbs
    // short lock waits instead of failing at once. synchronous = FULL makes every commit
    // durable before it is acknowledged, power loss included (ADR 0013); set explicitly,
    // because better-sqlite3 opens an existing WAL file with NORMAL.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
