import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { PlanSummary } from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';
import { formatNumber, formatPrice } from '../../catalogue/data-access/offer-format';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PlansApi } from '../data-access/plans-api';
import { formatDateTime } from '../plan-page/plan-format';

type InboxStatus = 'loading' | 'loaded' | 'error';

/** "Planer til godkendelse": the plans the signed-in manager's direct reports have submitted. */
@Component({
  selector: 'll-plan-inbox-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="ll-page">
      <header class="ll-page-header">
        <h1>{{ 'planInbox.title' | t }}</h1>
        @if (isManager) {
          <p class="ll-lead">{{ 'planInbox.intro' | t }}</p>
        }
      </header>

      @if (!isManager) {
        <div class="ll-callout" data-testid="not-a-manager">
          <h2>{{ 'planInbox.notManager.title' | t }}</h2>
          <p>{{ 'planInbox.notManager.text' | t }}</p>
          <p>
            <a routerLink="/min-udviklingsplan">{{ 'nav.myPlan' | t }}</a>
          </p>
        </div>
      } @else {
        @switch (status()) {
          @case ('loaded') {
            @if (rows().length) {
              <p class="ll-meta" role="status">
                {{ 'planInbox.count' | t: { count: rows().length } }}
              </p>
              <div class="inbox__scroll">
                <table class="inbox" data-testid="plan-inbox">
                  <caption class="ll-visually-hidden">
                    {{
                      'planInbox.caption' | t
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'planInbox.col.leader' | t }}</th>
                      <th scope="col">{{ 'planInbox.col.title' | t }}</th>
                      <th scope="col">{{ 'planInbox.col.submitted' | t }}</th>
                      <th scope="col" class="inbox__number">{{ 'planInbox.col.cost' | t }}</th>
                      <th scope="col" class="inbox__number">{{ 'planInbox.col.hours' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of rows(); track row.plan.id) {
                      <tr>
                        <th scope="row" [attr.data-label]="'planInbox.col.leader' | t">
                          {{ row.plan.leader.name }}
                        </th>
                        <td [attr.data-label]="'planInbox.col.title' | t">
                          <a
                            [routerLink]="['/planer', row.plan.id]"
                            [attr.aria-label]="'planInbox.open' | t: { title: row.plan.title }"
                            >{{ row.plan.title }}</a
                          >
                        </td>
                        <td [attr.data-label]="'planInbox.col.submitted' | t">
                          {{ row.submitted }}
                        </td>
                        <td class="inbox__number" [attr.data-label]="'planInbox.col.cost' | t">
                          {{ row.cost }}
                        </td>
                        <td class="inbox__number" [attr.data-label]="'planInbox.col.hours' | t">
                          {{ row.hours }}
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            } @else {
              <div class="ll-callout" data-testid="inbox-empty">
                <p>{{ 'planInbox.empty' | t }}</p>
              </div>
            }
          }
          @case ('error') {
            <div class="ll-state ll-state--error">
              <p role="alert">{{ 'planInbox.error' | t }}</p>
              <button matButton="filled" type="button" (click)="load()">
                {{ 'planPage.retry' | t }}
              </button>
            </div>
          }
          @default {
            <div class="ll-state__loading" role="status">
              <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
              <span>{{ 'planInbox.loading' | t }}</span>
            </div>
          }
        }
      }
    </article>
  `,
  styles: `
    .inbox__scroll {
      overflow-x: auto;
    }

    .inbox {
      width: 100%;
      border-collapse: collapse;

      th,
      td {
        text-align: left;
        padding: 0.75rem 0.5rem;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }

      thead th {
        font: var(--mat-sys-title-small);
      }

      tbody th {
        font-weight: 600;
      }
    }

    .inbox__number {
      text-align: right !important;
      white-space: nowrap;
    }

    @media (max-width: 40rem) {
      .inbox thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }

      .inbox tr {
        display: block;
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }

      .inbox th,
      .inbox td {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        border: 0;
        padding: 0.25rem 0;
        text-align: left !important;
      }

      .inbox td::before {
        content: attr(data-label);
        color: var(--mat-sys-on-surface-variant);
      }
    }
  `,
})
export class PlanInboxPage {
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);
  protected readonly isManager = (inject(AuthStore).me()?.roles ?? []).includes('manager');
  protected readonly status = signal<InboxStatus>('loading');
  private readonly plans = signal<PlanSummary[]>([]);

  protected readonly rows = computed(() => {
    const lang = this.language.lang();
    return this.plans().map((plan) => ({
      plan,
      submitted: plan.submittedAt ? formatDateTime(plan.submittedAt) : '',
      cost: formatPrice(plan.costDkk, lang),
      hours: formatNumber(plan.hoursPlanned, lang),
    }));
  });

  constructor() {
    if (this.isManager) this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api.inbox().subscribe({
      next: (plans) => {
        this.plans.set(plans);
        this.status.set('loaded');
      },
      error: () => this.status.set('error'),
    });
  }
}
