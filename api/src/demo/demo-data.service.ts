import { OfferBehaviourEntity } from '../catalogue/offer-behaviour.entity';
import { OfferEffectEntity } from '../catalogue/offer-effect.entity';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { todayInDenmark } from '../catalogue/local-date';
import { demoCatalogueRows } from './demo-catalogue-rows';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ORG_UNIT_KINDS } from '@lederloeft/contracts';
import { AccountRoleEntity } from '../auth/account-role.entity';
import { AccountEntity } from '../auth/account.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { markAllStale } from '../coverage/coverage-staleness';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { SettingEntity } from '../settings/setting.entity';
import { AssessmentRatingEntity } from '../assessments/assessment-rating.entity';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { EmployeeResultEntity } from '../assessments/employee-result.entity';
import { SurveyResultEntity } from '../assessments/survey-result.entity';
import { TargetProfileEntity } from '../assessments/target-profile.entity';
import { InitialDataService } from '../frameworks/initial-data.service';
import { PlanEntity } from '../plans/plan.entity';
import { SeatsService } from '../plans/seats.service';
import { DEMO_PLAN_LEADERS, demoPlanStories } from './demo-plans';
import { writeDemoPlans } from './demo-plans-writer';
import { demoAssessmentRows } from './demo-assessment-rows';
import {
  DEMO_COVERAGE_PLAN_LEADERS,
  demoCoveragePlanStories,
  demoCoverageTarget,
} from './demo-coverage';
import { CoverageTargetEntity } from '../coverage/coverage-target.entity';
import { bulkInsert } from '../database/bulk-insert';
import { LocalInterpretationEntity } from '../interpretations/local-interpretation.entity';
import { PrioritySetEntity } from '../priorities/priority-set.entity';
import { PriorityWeightEntity } from '../priorities/priority-weight.entity';
import { DEMO_PRIORITIES_SET_BY, demoPriorityRows } from './demo-priorities';
import {
  DEMO_ACCOUNTS,
  DEMO_LEADER_PASSWORD,
  DEMO_LEADERS,
  DEMO_ORG_UNITS,
} from './demo-organisation';

const LEVEL_ORDER = ['direktoer', 'chef', 'mellemleder', 'foerstelinjeleder'];
export const DEMO_MODE_SETTING = 'demo_mode';
/** Set once the demo plans are written, so that they are written only once. */
export const DEMO_PLANS_SETTING = 'demo_plans';
/** Set once Overblik's demo plans are written. */
export const DEMO_COVERAGE_PLANS_SETTING = 'demo_coverage_plans';

/**
 * On a database without an organisation (the first start of `npm start`) loads the demo
 * municipality: org units, about 60 leaders and an account for each, plus the HR, director
 * and admin accounts of docs/demo-accounts.json. Off with DEMO_DATA=false, which is how a
 * real installation starts before importing its own organisation.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly hasher: PasswordHasher,
    private readonly initialData: InitialDataService,
    private readonly seats: SeatsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if ((await this.dataSource.getRepository(OrgUnitEntity).count()) > 0) {
      // A demo database from before the demo plans existed gets them on its next start.
      const demo = await this.dataSource
        .getRepository(SettingEntity)
        .findOne({ where: { key: DEMO_MODE_SETTING } });
      if (demo?.value === 'true') await this.loadPlans();
      return;
    }
    await this.load();
    await this.loadPlans();
  }

  /**
   * The demo plans (demo-plans.ts): written once, in one transaction, on a demo database
   * whose story leaders have no plans yet; a second call adds nothing.
   */
  async loadPlans(now = new Date()): Promise<number> {
    const written = (await this.loadStoryPlans(now)) + (await this.loadCoveragePlans(now));
    return written;
  }

  /** Overblik's plans in Børn og Unge (demo-coverage.ts): once, like the story plans. */
  private async loadCoveragePlans(now: Date): Promise<number> {
    const written = await this.writes.run(async (manager) => {
      const settings = manager.getRepository(SettingEntity);
      if (await settings.findOne({ where: { key: DEMO_COVERAGE_PLANS_SETTING } })) return 0;
      const existing = await manager
        .getRepository(PlanEntity)
        .createQueryBuilder('p')
        .innerJoin('p.leader', 'l')
        .where('l.email IN (:...emails)', { emails: DEMO_COVERAGE_PLAN_LEADERS })
        .getCount();
      if (existing > 0) return 0;
      const count = await writeDemoPlans(
        manager,
        this.seats,
        demoCoveragePlanStories(todayInDenmark(now)),
      );
      if (count > 0) {
        await settings.save({ key: DEMO_COVERAGE_PLANS_SETTING, value: 'loaded' });
        await markAllStale(manager);
      }
      return count;
    });
    if (written) this.logger.log(`Loaded ${written} demo plans for Overblik.`);
    return written;
  }

  private async loadStoryPlans(now: Date): Promise<number> {
    const written = await this.writes.run(async (manager) => {
      const settings = manager.getRepository(SettingEntity);
      if (await settings.findOne({ where: { key: DEMO_PLANS_SETTING } })) return 0;
      const existing = await manager
        .getRepository(PlanEntity)
        .createQueryBuilder('p')
        .innerJoin('p.leader', 'l')
        .where('l.email IN (:...emails)', { emails: DEMO_PLAN_LEADERS })
        .getCount();
      if (existing > 0) return 0;
      const count = await writeDemoPlans(manager, this.seats, demoPlanStories(todayInDenmark(now)));
      if (count > 0) {
        await settings.save({ key: DEMO_PLANS_SETTING, value: 'loaded' });
        await markAllStale(manager);
      }
      return count;
    });
    if (written) this.logger.log(`Loaded ${written} demo development plans.`);
    return written;
  }

  async load(): Promise<void> {
    const now = new Date();
    // Hash each distinct password once (argon2id is deliberately slow).
    const passwords = new Set([DEMO_LEADER_PASSWORD, ...DEMO_ACCOUNTS.map((a) => a.password)]);
    const hashes = new Map<string, string>();
    for (const password of passwords) hashes.set(password, await this.hasher.hash(password));

    const unitIds = new Map<string, string>();
    const units: OrgUnitEntity[] = [];
    const byKind = [...DEMO_ORG_UNITS].sort(
      (a, b) => ORG_UNIT_KINDS.indexOf(a.kind) - ORG_UNIT_KINDS.indexOf(b.kind),
    );
    for (const unit of byKind) {
      const id = randomUUID();
      unitIds.set(unit.ref, id);
      const parent = unit.parentRef
        ? units.find((u) => u.id === unitIds.get(unit.parentRef as string))
        : undefined;
      units.push(
        Object.assign(new OrgUnitEntity(), {
          id,
          name: unit.name,
          kind: unit.kind,
          parentId: parent?.id ?? null,
          externalId: unit.externalId,
          path: `${parent?.path ?? '/'}${id}/`,
          createdAt: now,
        }),
      );
    }

    const leaderIds = new Map(DEMO_LEADERS.map((l) => [l.ref, randomUUID()]));
    const leaders = [...DEMO_LEADERS]
      .sort((a, b) => LEVEL_ORDER.indexOf(a.levelKey) - LEVEL_ORDER.indexOf(b.levelKey))
      .map((l) =>
        Object.assign(new LeaderEntity(), {
          id: leaderIds.get(l.ref),
          name: l.name,
          email: l.email.toLowerCase(),
          title: l.title,
          employeeId: null,
          levelKey: l.levelKey,
          orgUnitId: unitIds.get(l.orgUnitRef),
          managerId: l.managerRef ? leaderIds.get(l.managerRef) : null,
          startDate: l.startDate,
          active: true,
          personalFoundation: l.personalFoundation,
          personalFoundationUpdatedAt: l.personalFoundation ? now : null,
          createdAt: now,
        }),
      );

    const accounts: AccountEntity[] = [];
    const roles: AccountRoleEntity[] = [];
    const listedLeaders = new Set(
      DEMO_ACCOUNTS.map((a) => a.leaderRef).filter((r): r is string => r !== null),
    );
    const addAccount = (
      email: string,
      name: string,
      password: string,
      leaderRef: string | null,
    ) => {
      const account = Object.assign(new AccountEntity(), {
        id: randomUUID(),
        email: email.toLowerCase(),
        name,
        passwordHash: hashes.get(password),
        leaderId: leaderRef ? leaderIds.get(leaderRef) : null,
        active: true,
        passwordChangedAt: now,
        createdAt: now,
      });
      accounts.push(account);
      return account;
    };
    for (const demo of DEMO_ACCOUNTS) {
      const account = addAccount(demo.email, demo.name, demo.password, demo.leaderRef);
      for (const role of demo.grantedRoles) {
        const scopes = role === 'director' ? demo.directorScopeRefs : [null];
        for (const scope of scopes) {
          roles.push(
            Object.assign(new AccountRoleEntity(), {
              id: randomUUID(),
              accountId: account.id,
              role,
              scopeOrgUnitId: scope ? unitIds.get(scope) : null,
            }),
          );
        }
      }
    }
    for (const leader of DEMO_LEADERS) {
      if (!listedLeaders.has(leader.ref))
        addAccount(leader.email, leader.name, DEMO_LEADER_PASSWORD, leader.ref);
    }

    await this.initialData.seedIfEmpty();
    const assessment = await demoAssessmentRows(this.dataSource, leaders, now);
    const interpretations = assessment
      ? demoInterpretations(assessment.frameworkId, unitIds, now)
      : [];

    const catalogue = demoCatalogueRows(todayInDenmark(now), now);
    const priorities = demoPriorityRows(
      unitIds,
      accounts.find((a) => a.email === DEMO_PRIORITIES_SET_BY),
      Number(todayInDenmark(now).slice(0, 4)),
      now,
    );

    await this.writes.run(async (manager) => {
      for (const unit of units) await manager.insert(OrgUnitEntity, unit);
      for (const leader of leaders) await manager.insert(LeaderEntity, leader);
      for (let i = 0; i < accounts.length; i += 50)
        await manager.insert(AccountEntity, accounts.slice(i, i + 50));
      if (roles.length) await manager.insert(AccountRoleEntity, roles);
      if (assessment) {
        await manager.insert(TargetProfileEntity, assessment.targets);
        for (const round of assessment.rounds) {
          await manager.insert(AssessmentRoundEntity, round.round);
          // Multi-row inserts: two rounds of every source's answers for about 90 leaders.
          await bulkInsert(manager, AssessmentRatingEntity, round.ratings);
          await bulkInsert(manager, EmployeeResultEntity, round.employees);
          await bulkInsert(manager, SurveyResultEntity, round.survey);
        }
      }
      if (interpretations.length) await manager.insert(LocalInterpretationEntity, interpretations);
      // Chunked, as above; one call per table keeps the row types apart.
      const chunked = async <T extends object>(entity: new () => T, rows: T[]) => {
        for (let i = 0; i < rows.length; i += 100)
          await manager.insert(entity, rows.slice(i, i + 100));
      };
      await chunked(OfferEntity, catalogue.offers);
      await chunked(OfferEffectEntity, catalogue.effects);
      await chunked(OfferBehaviourEntity, catalogue.behaviours);
      await chunked(OfferSessionEntity, catalogue.sessions);
      if (priorities.sets.length) {
        await manager.insert(PrioritySetEntity, priorities.sets);
        await manager.insert(PriorityWeightEntity, priorities.weights);
      }
      const target = demoCoverageTarget(todayInDenmark(now));
      const setBy = accounts.find((a) => a.email === target.setByEmail);
      if (unitIds.has(target.unitRef) && setBy) {
        await manager.insert(CoverageTargetEntity, {
          id: randomUUID(),
          orgUnitId: unitIds.get(target.unitRef),
          competencyKey: target.competencyKey,
          targetPercent: target.targetPercent,
          dueDate: target.dueDate,
          note: target.note,
          setByAccountId: setBy.id,
          setByName: setBy.name,
          updatedAt: now,
        });
      }
      await manager.save(SettingEntity, { key: DEMO_MODE_SETTING, value: 'true' });
      await markAllStale(manager);
    });
    this.logger.log(
      `Loaded the demo organisation: ${units.length} org units, ${leaders.length} leaders, ${accounts.length} accounts (see docs/demo-accounts.json)` +
        (assessment
          ? `, and ${assessment.rounds
              .map((r) => `"${r.round.name}" with ${r.ratings.length + r.employees.length} results`)
              .join(', ')}.`
          : '.') +
        ` Catalogue: ${catalogue.offers.length} offers, ${catalogue.sessions.length} sessions.`,
    );
  }
}

/** How two units read the foundation in their own practice (fagområdernes fortolkning). */
const DEMO_INTERPRETATIONS: { unitRef: string; key: string; da: string; en: string }[] = [
  {
    unitRef: 'unit-boern-og-unge',
    key: 'borgerne-i-centrum',
    da: 'Hos os er borgeren først og fremmest barnet og familien. Vi inddrager forældrene tidligt og taler med børnene, ikke om dem.',
    en: 'For us the citizen is first of all the child and the family. We involve parents early and talk with children, not about them.',
  },
  {
    unitRef: 'unit-boern-og-unge',
    key: 'paa-tvaers.netvaerksmoeder',
    da: 'I Børn og Unge holder dagtilbuds- og skoleledere fælles netværksmøde hver måned om overgangen fra børnehave til skole.',
    en: 'In Children and Young People, day-care and school leaders hold a joint network meeting every month on the transition from kindergarten to school.',
  },
  {
    unitRef: 'unit-dagtilbud',
    key: 'hedekraft.efterlyse-ideer',
    da: 'I Dagtilbud efterlyser vi idéer på hvert personalemøde og afprøver mindst én ny idé hver måned sammen med forældrerådet.',
    en: 'In Day Care we call for ideas at every staff meeting and try at least one new idea a month together with the parents’ council.',
  },
];

function demoInterpretations(
  frameworkId: string,
  unitIds: Map<string, string>,
  now: Date,
): LocalInterpretationEntity[] {
  return DEMO_INTERPRETATIONS.filter((i) => unitIds.has(i.unitRef)).map((i) =>
    Object.assign(new LocalInterpretationEntity(), {
      id: randomUUID(),
      orgUnitId: unitIds.get(i.unitRef),
      frameworkId,
      elementKey: i.key,
      textDa: i.da,
      textEn: i.en,
      updatedAt: now,
    }),
  );
}
