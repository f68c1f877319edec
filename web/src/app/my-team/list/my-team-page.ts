import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../../auth/data-access/auth-store';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PlansApi } from '../../plans/data-access/plans-api';
import { type GapSummary, MyTeamStore } from '../data-access/my-team-store';
import { GapSummaryIndicators } from './gap-summary';

/** "Mit team": the signed-in manager's direct reports, each with their gaps at a glance. */
@Component({
  selector: 'll-my-team-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, TranslatePipe, GapSummaryIndicators],
  providers: [MyTeamStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-team-page.html',
  styleUrl: './my-team-page.scss',
})
export class MyTeamPage {
  protected readonly store = inject(MyTeamStore);
  protected readonly framework = inject(FrameworkStore);
  /** Only leaders can have leaders reporting to them. */
  protected readonly managerId = inject(AuthStore).me()?.leaderId ?? null;
  /** Managers approve their reports' plans: the inbox, with how many wait (null: unknown). */
  protected readonly isManager = (inject(AuthStore).me()?.roles ?? []).includes('manager');
  protected readonly waitingPlans = signal<number | null>(null);
  private readonly plans = inject(PlansApi);

  constructor() {
    this.framework.load();
    if (this.managerId) {
      this.store.load(this.managerId);
    }
    if (this.isManager) {
      this.plans.inbox().subscribe({
        next: (plans) => this.waitingPlans.set(plans.length),
        error: () => this.waitingPlans.set(null),
      });
    }
  }

  protected summaryOf(leaderId: string): GapSummary {
    return this.store.summaries()[leaderId] ?? { status: 'loading' };
  }
}
