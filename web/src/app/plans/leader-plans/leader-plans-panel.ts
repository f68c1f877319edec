import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PlanSummary } from '@lederloeft/contracts';
import { formatDate } from '../../catalogue/data-access/offer-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PlansApi } from '../data-access/plans-api';
import { STATUS_LABELS } from '../plan-page/plan-format';

/** A leader's development plans, each with its status and a link to the plan page. */
@Component({
  selector: 'll-leader-plans-panel',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loaded') {
        @if (plans().length) {
          <ul class="leader-plans" data-testid="leader-plans">
            @for (plan of plans(); track plan.id) {
              <li>
                <a [routerLink]="['/planer', plan.id]">{{ plan.title }}</a>
                <span class="ll-meta">
                  {{ statusLabels[plan.status] | t }} · {{ formatDate(plan.periodStart) }} –
                  {{ formatDate(plan.periodEnd) }}
                </span>
              </li>
            }
          </ul>
        } @else {
          <p class="ll-meta">{{ 'teamPlans.empty' | t: { name: name() } }}</p>
        }
      }
      @case ('error') {
        <p class="ll-meta" role="alert">{{ 'teamPlans.error' | t }}</p>
      }
      @default {
        <p class="ll-meta" role="status">{{ 'teamPlans.loading' | t }}</p>
      }
    }
  `,
  styles: `
    .leader-plans {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;

      li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        align-items: baseline;
      }
    }
  `,
})
export class LeaderPlansPanel {
  readonly leaderId = input.required<string>();
  readonly name = input.required<string>();

  private readonly api = inject(PlansApi);
  protected readonly status = signal<'loading' | 'loaded' | 'error'>('loading');
  protected readonly plans = signal<PlanSummary[]>([]);
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly formatDate = formatDate;

  constructor() {
    effect(() => {
      const leaderId = this.leaderId();
      untracked(() => {
        this.status.set('loading');
        this.api.listForLeader(leaderId).subscribe({
          next: (plans) => {
            this.plans.set(plans);
            this.status.set('loaded');
          },
          error: () => this.status.set('error'),
        });
      });
    });
  }
}
