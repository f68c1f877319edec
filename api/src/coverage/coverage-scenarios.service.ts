import { Injectable, Logger } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  CoverageScenarioJob,
  CoverageScenarioRequest,
  CoverageScenarioResult,
} from '@lederloeft/contracts';
import { assertValidPriorities, DomainError } from '@lederloeft/domain';
import { type PlannerOffer, proposePlan } from '@lederloeft/planner';
import type { Principal } from '../auth/principal';
import { addMonths, todayInDenmark } from '../catalogue/local-date';
import { Sql } from '../catalogue/sql';
import { FrameworksService } from '../frameworks/frameworks.service';
import { loadPlannerOffers } from '../plans/planner-offers';
import { effectiveFor } from '../priorities/priority-lookup';
import { type CoverageContext, CoverageService } from './coverage.service';
import { loadLeaderEvidence } from './coverage-evidence';
import { runScenario, type ScenarioLeader } from './coverage-scenario-run';
import { type ScenarioLeaders, scenarioResult } from './coverage-scenario-result';

/** The planner's limit per re-planned leader, seconds (it runs in a worker thread). */
export const SCENARIO_TIME_LIMIT_SECONDS = 2;
/** The closure is what a scenario counts; the cost tie-breaks get little time. */
const ANSWER_BUDGET_SECONDS = 0.05;
/** One proposal per core. */
const CONCURRENCY = 2;
/** A scenario for more leaders than this is refused: pick a smaller unit. */
export const SCENARIO_MAX_LEADERS = 2000;
/** Scenarios running at once, in all; one per person. */
const MAX_RUNNING = 2;
/** A finished scenario is kept this long for its page to read, then forgotten. */
const KEEP_MS = 15 * 60 * 1000;

interface Job {
  view: CoverageScenarioJob;
  owner: string;
  cancelled: boolean;
  finishedAt: number | null;
}

const notFound = () => new DomainError('NOT_FOUND', 'Scenariet findes ikke (længere).');

/**
 * "Hvad nu hvis": re-plans the leaders of a unit with the real planner under other seats,
 * sessions, budget, hours or strategic weights, and sets the projection beside today's.
 * Nothing is saved: a scenario lives in memory as a job its owner polls, and is gone a
 * quarter of an hour after it finished.
 */
@Injectable()
export class CoverageScenariosService {
  private readonly logger = new Logger(CoverageScenariosService.name);
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
    private readonly frameworks: FrameworksService,
  ) {}

  async start(
    principal: Principal,
    request: CoverageScenarioRequest,
  ): Promise<CoverageScenarioJob> {
    this.sweep();
    const context = await this.coverage.context(principal, request.orgUnitId, request.roundId);
    const today = todayInDenmark();
    const keys = context.competencies.map((c) => c.key);
    if (request.weights?.length) {
      assertValidPriorities(Number(today.slice(0, 4)), { weights: request.weights }, keys, today);
    }
    const catalogue = withScenarioSessions(
      await loadPlannerOffers(this.dataSource, today, keys),
      request,
      today,
    );
    // The limit and the progress are over all the unit's leaders (a number the heatmap
    // shows anyway), never over those the scenario applies to (that number is protected).
    const population = context.table.counts({ kind: 'unit', unitId: context.unit.id }).all.leaders;
    if (population > SCENARIO_MAX_LEADERS) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Enheden har ${population} ledere; et scenarie kan regnes for en enhed med højst ${SCENARIO_MAX_LEADERS}.`,
        [{ path: 'orgUnitId', message: 'Enheden har for mange ledere til et scenarie.' }],
      );
    }
    const leaders = request.leaders ?? 'without-plan';
    const leaderIds = await this.eligible(context, leaders);
    const running = [...this.jobs.values()].filter((j) => j.view.status === 'running');
    if (running.some((j) => j.owner === principal.accountId)) {
      throw new DomainError(
        'CONFLICT',
        'Du har allerede et scenarie i gang. Vent på det, eller afbryd det først.',
      );
    }
    if (running.length >= MAX_RUNNING) {
      throw new DomainError('CONFLICT', 'Der regnes allerede på to scenarier. Prøv igen om lidt.');
    }
    const job: Job = {
      owner: principal.accountId,
      cancelled: false,
      finishedAt: null,
      view: {
        id: randomUUID(),
        status: 'running',
        orgUnit: { id: context.unit.id, name: context.unit.name },
        round: {
          id: context.round.id,
          name: context.round.name,
          periodStart: context.round.periodStart,
          periodEnd: context.round.periodEnd,
          status: context.round.status,
        },
        createdAt: new Date().toISOString(),
        progress: { done: 0, total: population },
        timeLimitSeconds: SCENARIO_TIME_LIMIT_SECONDS,
        result: null,
        message: null,
      },
    };
    this.jobs.set(job.view.id, job);
    const plan = { leaderIds, population, leaders };
    void this.run(job, context, request, catalogue, plan, today).catch((error: unknown) => {
      this.logger.error(`Scenario ${job.view.id} failed: ${String(error)}`);
      job.view.status = 'failed';
      job.view.message = 'Scenariet kunne ikke regnes færdigt. Prøv igen.';
      job.finishedAt = Date.now();
    });
    return { ...job.view };
  }

  get(principal: Principal, id: string): CoverageScenarioJob {
    this.sweep();
    const job = this.jobs.get(id);
    // Another person's scenario does not exist for you.
    if (!job || job.owner !== principal.accountId) throw notFound();
    return { ...job.view, progress: { ...job.view.progress } };
  }

  cancel(principal: Principal, id: string): CoverageScenarioJob {
    const job = this.jobs.get(id);
    if (!job || job.owner !== principal.accountId) throw notFound();
    if (job.view.status === 'running') job.cancelled = true;
    return { ...job.view };
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) this.jobs.delete(id);
    }
  }

  /** Leaders of the unit's subtree below target somewhere in the round (and without a plan). */
  private async eligible(
    context: CoverageContext,
    leaders: NonNullable<CoverageScenarioRequest['leaders']>,
  ): Promise<string[]> {
    const sql = new Sql(this.dataSource);
    const rows: { leader_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT f.leader_id FROM coverage_facts f JOIN org_units u ON u.id = f.org_unit_id
       WHERE f.round_id = ${sql.p(context.round.id)} AND f.status = 'gap' AND u.path LIKE ${sql.p(`${context.unit.path}%`)}
       ${leaders === 'without-plan' ? 'AND f.leader_id NOT IN (SELECT leader_id FROM coverage_leader_plans)' : ''}
       ORDER BY f.leader_id`,
      sql.params,
    );
    return rows.map((r) => r.leader_id);
  }

  private async run(
    job: Job,
    context: CoverageContext,
    request: CoverageScenarioRequest,
    catalogue: PlannerOffer[],
    plan: { leaderIds: string[]; population: number; leaders: ScenarioLeaders },
    today: string,
  ): Promise<void> {
    const { leaderIds, population } = plan;
    const manager = this.dataSource.manager;
    const loaded = await loadLeaderEvidence(manager, leaderIds);
    const round = loaded.rounds.find((r) => r.id === context.round.id);
    const framework = await this.frameworks.get(context.round.frameworkId);
    const keys = framework.competencies.map((c) => c.key);
    const pathOf = new Map(context.units.map((u) => [u.id, u.path]));
    const weightsOf = new Map<string, Record<string, number>>();
    const override = request.weights?.length
      ? Object.fromEntries(request.weights.map((w) => [w.competencyKey, w.weight]))
      : null;
    const leaders: ScenarioLeader[] = [];
    for (const leader of loaded.leaders) {
      const profile = round ? loaded.profile(round, leader) : null;
      if (!profile) continue;
      const path = pathOf.get(leader.org_unit_id) ?? '';
      let weights = override ?? weightsOf.get(path);
      if (!weights) {
        weights = (await effectiveFor(manager, path, Number(today.slice(0, 4)), keys)).weights;
        weightsOf.set(path, weights);
      }
      leaders.push({
        leaderId: leader.id,
        input: {
          competencies: framework.competencies,
          gaps: profile,
          leaderLevel: leader.level_key,
          priorities: { weights },
          constraints: {
            budgetDkk: request.budgetDkk,
            hours: request.hours,
            period: { from: today, to: addMonths(today, 12) },
            languages: ['da'],
            locations: [],
            maxFormalOffers: 2,
          },
          today,
        },
      });
    }
    // Progress over all the unit's leaders: the re-planned are spread at random among
    // them, so the count shown on the way (and its steps) does not tell how many there are.
    const positions = spreadAmong(leaders.length, population);
    const { proposals, failed } = await runScenario(leaders, catalogue, {
      concurrency: CONCURRENCY,
      propose: (input) =>
        proposePlan(input, {
          timeLimitSeconds: SCENARIO_TIME_LIMIT_SECONDS,
          answerBudgetSeconds: ANSWER_BUDGET_SECONDS,
        }),
      onProgress: (done) =>
        (job.view.progress.done =
          done === leaders.length ? population : (positions[done] ?? population)),
      cancelled: () => job.cancelled,
    });
    const result: CoverageScenarioResult = await scenarioResult(this.dataSource, context, {
      proposals,
      failed,
      leaders: plan.leaders,
    });
    job.view.progress.done = job.cancelled ? job.view.progress.done : population;
    job.view.result = result;
    job.view.status = job.cancelled ? 'cancelled' : 'done';
    job.finishedAt = Date.now();
  }
}

/**
 * Where in a list of `total` leaders, in random order, each of `count` re-planned ones
 * sits: `positions[i]` leaders are gone through before the (i + 1)-th re-planned one is
 * done. Increasing; the last re-planned one may sit anywhere up to the end.
 */
export function spreadAmong(count: number, total: number): number[] {
  const slots = Array.from({ length: Math.max(total, count) }, (_, i) => i);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }
  return slots.slice(0, count).sort((a, b) => a - b);
}

/**
 * The catalogue as the scenario has it: extra seats on existing sessions and new sessions
 * of published offers. Unknown sessions and offers are refused with a Danish message.
 */
export function withScenarioSessions(
  catalogue: PlannerOffer[],
  request: CoverageScenarioRequest,
  today: string,
): PlannerOffer[] {
  const offers = catalogue.map((o) => ({ ...o, sessions: o.sessions.map((s) => ({ ...s })) }));
  const sessions = new Map(offers.flatMap((o) => o.sessions.map((s) => [s.id, s] as const)));
  const issues: { path: string; message: string }[] = [];
  (request.extraSeats ?? []).forEach((extra, i) => {
    const session = sessions.get(extra.sessionId);
    if (!session) {
      issues.push({
        path: `extraSeats[${i}].sessionId`,
        message: 'Forløbet findes ikke blandt de udgivne tilbuds kommende forløb.',
      });
    } else session.capacity += extra.seats;
  });
  (request.newSessions ?? []).forEach((added, i) => {
    const offer = offers.find((o) => o.id === added.offerId);
    if (!offer || offer.onDemand) {
      issues.push({
        path: `newSessions[${i}].offerId`,
        message: offer
          ? 'Tilbuddet er efter behov og har ingen forløb.'
          : 'Tilbuddet findes ikke blandt de udgivne tilbud.',
      });
      return;
    }
    if (added.startDate < today || added.endDate < added.startDate) {
      issues.push({
        path: `newSessions[${i}].startDate`,
        message: 'Et nyt forløb skal begynde i dag eller senere og slutte efter, det begynder.',
      });
      return;
    }
    offer.sessions.push({
      id: `scenarie-${i + 1}`,
      startDate: added.startDate,
      endDate: added.endDate,
      capacity: added.capacity,
      seatsTaken: 0,
      registrationDeadline: added.startDate,
      place: added.place ?? offer.location ?? undefined,
    });
  });
  if (issues.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Scenariet kan ikke regnes.', issues);
  }
  return offers;
}
