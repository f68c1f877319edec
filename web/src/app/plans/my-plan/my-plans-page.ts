import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import type { PlanSummary, PlanView } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../auth/data-access/auth-store';
import { formatDate, formatPrice } from '../../catalogue/data-access/offer-format';
import { LanguageService } from '../../i18n/language.service';
import { formatDecimal } from '../../i18n/number-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PlansApi } from '../data-access/plans-api';
import { NewPlanDialog, type NewPlanData } from './new-plan-dialog';
import { STATUS_LABELS, splitPlans } from './proposal-logic';

type LoadStatus = 'loading' | 'loaded' | 'error';

/**
 * "Min udviklingsplan": the signed-in leader's current plan up front, earlier plans below,
 * and the two ways to a new plan: a proposal, or an empty plan.
 */
@Component({
  selector: 'll-my-plans-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-plans-page.html',
  styleUrl: './my-plans-page.scss',
})
export class MyPlansPage {
  private readonly api = inject(PlansApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  protected readonly leaderId = inject(AuthStore).me()?.leaderId ?? null;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly status = signal<LoadStatus>('loading');
  private readonly plans = signal<PlanSummary[]>([]);
  protected readonly split = computed(() => splitPlans(this.plans()));

  constructor() {
    if (this.leaderId) this.load();
  }

  protected load(): void {
    if (!this.leaderId) return;
    this.status.set('loading');
    this.api.listForLeader(this.leaderId).subscribe({
      next: (plans) => {
        this.plans.set(plans);
        this.status.set('loaded');
      },
      error: () => this.status.set('error'),
    });
  }

  protected async startEmpty(): Promise<void> {
    if (!this.leaderId) return;
    const ref = this.dialog.open<NewPlanDialog, NewPlanData, PlanView>(NewPlanDialog, {
      data: { leaderId: this.leaderId },
      width: '32rem',
      maxWidth: '95vw',
    });
    const plan = await firstValueFrom(ref.afterClosed());
    if (plan) await this.router.navigate(['/planer', plan.id]);
  }

  protected period(plan: PlanSummary): string {
    return this.language.t('myPlan.period', {
      from: formatDate(plan.periodStart),
      to: formatDate(plan.periodEnd),
    });
  }

  protected costHours(plan: PlanSummary): string {
    const lang = this.language.lang();
    return this.language.t('myPlan.costHours', {
      cost: formatPrice(plan.costDkk, lang),
      hours: formatDecimal(plan.hoursPlanned, lang, Number.isInteger(plan.hoursPlanned) ? 0 : 1),
    });
  }
}
