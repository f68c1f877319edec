import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@lederloeft/domain';
import { type PlanProposal, proposePlan } from '@lederloeft/planner';
import { AssessmentsService } from '../assessments/assessments.service';
import type { Principal } from '../auth/principal';
import { addMonths, todayInDenmark } from '../catalogue/local-date';
import { FrameworksService } from '../frameworks/frameworks.service';
import { LeaderEntity } from '../organisation/leader.entity';
import { effectiveFor } from '../priorities/priority-lookup';
import type { PlanProposalRequestDto } from './dto/plan-proposal.dto';
import { loadPlannerOffers } from './planner-offers';

/** The solver's wall-clock limit for one proposal; it runs in a worker thread. */
export const PROPOSAL_TIME_LIMIT_SECONDS = 5;

/**
 * Plan proposals: the leader's gap profile, the published catalogue and the constraints go
 * to the planner (libs/planner, HiGHS in a worker thread); nothing is saved. Who may ask
 * is who may see the gap profile: the leader and the managers above.
 */
@Injectable()
export class PlanProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly frameworks: FrameworksService,
  ) {}

  async propose(
    principal: Principal,
    leaderId: string,
    request: PlanProposalRequestDto,
  ): Promise<PlanProposal> {
    // Checks the caller's scope (404 outside it) and that there is a round to plan from.
    const gaps = await this.assessments.gapProfile(principal, leaderId, request.roundId);
    const framework = await this.frameworks.get(gaps.round.frameworkId);
    const known = new Set(framework.competencies.map((c) => c.key));
    const unknown = (request.personalFocus ?? []).filter((k) => !known.has(k));
    if (unknown.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'Ukendt kompetence i dit fokus.', [
        { path: 'personalFocus', message: `Ukendt kompetence: ${unknown.join(', ')}.` },
      ]);
    }
    const today = todayInDenmark();
    const period = request.period ?? { from: today, to: addMonths(today, 12) };
    if (period.to < period.from) {
      throw new DomainError('VALIDATION_FAILED', 'Perioden slutter, før den begynder.', [
        { path: 'period.to', message: 'Slutdatoen ligger før startdatoen.' },
      ]);
    }
    // The organisation's priorities for the year the plan starts in (docs/domain.md).
    const priorities = await this.strategicWeights(leaderId, Number(period.from.slice(0, 4)), [
      ...known,
    ]);
    return proposePlan(
      {
        competencies: framework.competencies,
        gaps: { competencies: gaps.competencies },
        leaderLevel: gaps.levelKey,
        offers: await loadPlannerOffers(
          this.dataSource,
          today,
          framework.competencies.map((c) => c.key),
        ),
        priorities: { weights: priorities, personalFocus: request.personalFocus ?? [] },
        constraints: {
          budgetDkk: request.budgetDkk,
          hours: request.hours,
          period,
          languages: request.languages ?? ['da'],
          locations: request.locations ?? [],
          maxFormalOffers: request.maxFormalOffers ?? 2,
        },
        today,
      },
      { timeLimitSeconds: PROPOSAL_TIME_LIMIT_SECONDS },
    );
  }

  /** The strategic weights in force for the leader's unit in `year`. */
  private async strategicWeights(
    leaderId: string,
    year: number,
    competencyKeys: string[],
  ): Promise<Record<string, number>> {
    const leader = await this.dataSource
      .getRepository(LeaderEntity)
      .findOne({ where: { id: leaderId }, relations: { orgUnit: true } });
    const path = leader?.orgUnit?.path ?? '';
    return (await effectiveFor(this.dataSource.manager, path, year, competencyKeys)).weights;
  }
}
