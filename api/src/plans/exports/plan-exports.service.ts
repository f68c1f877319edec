import { Injectable } from '@nestjs/common';
import type { LearningCategory, PlanItemView } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { OFFER_CATEGORY } from '@lederloeft/contracts';
import { AssessmentsService } from '../../assessments/assessments.service';
import type { Principal } from '../../auth/principal';
import { CatalogueContextService } from '../../catalogue/catalogue-context.service';
import { LeadersService } from '../../organisation/leaders.service';
import { PlansService } from '../plans.service';
import { fileSlug } from './danish-format';
import { planCalendar } from './plan-calendar';
import type { PlanExport, PlanExportGaps } from './plan-export.model';
import { renderPlanPdf } from './plan-pdf';

export interface ExportFile {
  /** The file name to save as (may hold æ, ø, å). */
  name: string;
  body: Buffer | string;
}

/**
 * The plan's two exports: the PDF for the development conversation and the calendar
 * file. Reading goes through PlansService.get, so the scope is exactly that of
 * `GET /api/plans/:id` (the leader and the managers above; anyone else gets 404).
 */
@Injectable()
export class PlanExportsService {
  constructor(
    private readonly plans: PlansService,
    private readonly leaders: LeadersService,
    private readonly context: CatalogueContextService,
    private readonly assessments: AssessmentsService,
  ) {}

  async pdf(principal: Principal, id: string): Promise<ExportFile> {
    const model = await this.gather(principal, id);
    return {
      name: fileName(model.leader.name, model.plan.periodStart, 'pdf'),
      body: await renderPlanPdf(model),
    };
  }

  async calendar(principal: Principal, id: string): Promise<ExportFile> {
    const plan = await this.plans.get(principal, id);
    const { leader } = await this.leaders.load(plan.leader.id);
    const body = planCalendar({
      plan,
      leaderName: leader.name,
      managerName: leader.manager?.name ?? null,
      generatedAt: new Date(),
    });
    return { name: fileName(leader.name, plan.periodStart, 'ics'), body };
  }

  /** Everything the PDF shows, after the scope check. */
  async gather(principal: Principal, id: string): Promise<PlanExport> {
    const plan = await this.plans.get(principal, id);
    const { leader } = await this.leaders.load(plan.leader.id);
    const { competencyNames, behaviourTexts } = await this.framework();
    return {
      plan,
      leader: {
        name: leader.name,
        title: leader.title,
        orgUnit: leader.orgUnit?.name ?? '',
        manager: leader.manager?.name ?? null,
      },
      // Same readers as the plan (the leader and the managers above), so no second check.
      foundation: leader.personalFoundation.trim() || null,
      competencyNames,
      behaviourTexts,
      categories: this.categories(plan.items),
      gaps: await this.gaps(principal, leader.id),
      generatedAt: new Date(),
    };
  }

  /** Names from the published framework edition; keys are stable across editions. */
  private async framework(): Promise<{
    competencyNames: Map<string, string>;
    behaviourTexts: Map<string, string>;
  }> {
    try {
      const context = await this.context.load();
      return {
        competencyNames: new Map(context.competencies.map((c) => [c.key, c.name])),
        behaviourTexts: await this.context.behaviourTexts(),
      };
    } catch (error) {
      // No published edition: the PDF shows the keys rather than failing.
      if (error instanceof DomainError) {
        return { competencyNames: new Map(), behaviourTexts: new Map() };
      }
      throw error;
    }
  }

  /** 70-20-10: offers by their kind; activities in the job; anything else is with others. */
  private categories(items: PlanItemView[]): Map<string, LearningCategory> {
    return new Map(
      items.map((item): [string, LearningCategory] => {
        if (item.kind === 'on-the-job') return [item.id, 'experience'];
        if (item.kind === 'other') return [item.id, 'others'];
        return [item.id, item.offerKind ? OFFER_CATEGORY[item.offerKind] : 'formal'];
      }),
    );
  }

  /** The gaps of the newest round; none yet is not an error for the PDF. */
  private async gaps(principal: Principal, leaderId: string): Promise<PlanExportGaps | null> {
    try {
      const profile = await this.assessments.gapProfile(principal, leaderId);
      return {
        roundName: profile.round.name,
        rows: profile.competencies.map((c) => ({
          key: c.key,
          target: c.target,
          level: c.combined,
          gap: c.gap,
          status: c.status,
        })),
      };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}

/** `udviklingsplan-<leader-name-slug>-<periodStart>.<ext>`. */
function fileName(leaderName: string, periodStart: string, extension: 'pdf' | 'ics'): string {
  return `udviklingsplan-${fileSlug(leaderName)}-${periodStart}.${extension}`;
}
