import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CoverageOverview, CoverageRow } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { formatDecimal } from '../../i18n/number-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { REASON_KEYS } from '../heatmap/cell-display';

/** Money and hours of the approved and active plans, per row, hidden like the heatmap. */
@Component({
  selector: 'll-budget-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ll-section" aria-labelledby="overview-budget">
      <h2 id="overview-budget">{{ 'overview.budget.title' | t }}</h2>
      <p class="ll-meta">{{ 'overview.budget.intro' | t }}</p>
      <div
        class="admin-table-scroll"
        role="region"
        tabindex="0"
        [attr.aria-label]="'overview.budget.title' | t"
      >
        <table class="admin-table" data-testid="budget-table">
          <thead>
            <tr>
              <th scope="col">{{ 'overview.heatmap.unit' | t }}</th>
              <th scope="col" class="admin-table__number">{{ 'overview.budget.leaders' | t }}</th>
              <th scope="col" class="admin-table__number">{{ 'overview.budget.committed' | t }}</th>
              <th scope="col" class="admin-table__number">{{ 'overview.budget.budgets' | t }}</th>
              <th scope="col" class="admin-table__number">{{ 'overview.budget.hours' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @if (row.values; as v) {
                  <td class="admin-table__number">{{ v.leaders }}</td>
                  <td class="admin-table__number">{{ v.committed }}</td>
                  <td class="admin-table__number">{{ v.budgets }}</td>
                  <td class="admin-table__number">{{ v.hours }}</td>
                } @else {
                  <td colspan="4">{{ row.reasonKey | t: { min: overview().minGroupSize } }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: '../../administration/admin-table.scss',
})
export class BudgetTable {
  readonly overview = input.required<CoverageOverview>();
  private readonly language = inject(LanguageService);

  protected readonly rows = computed(() => {
    const o = this.overview();
    const lang = this.language.lang();
    const money = (dkk: number) => `${formatDecimal(dkk, lang, 0)} kr.`;
    const label = (row: CoverageRow, total: boolean) =>
      total
        ? this.language.t('overview.heatmap.total', { unit: row.orgUnit.name })
        : row.kind === 'own'
          ? this.language.t('overview.heatmap.own', { unit: row.orgUnit.name })
          : row.orgUnit.name;
    return [o.unit, ...o.rows].map((row, i) => ({
      key: `${row.kind}:${row.orgUnit.id}`,
      label: label(row, i === 0),
      values: row.budget.shown
        ? {
            leaders: String(row.budget.leaders),
            committed: money(row.budget.committedDkk),
            budgets: money(row.budget.budgetDkk),
            hours: `${formatDecimal(row.budget.hours, lang, 0)} t`,
          }
        : null,
      reasonKey: row.budget.shown ? REASON_KEYS['no-data'] : REASON_KEYS[row.budget.reason],
    }));
  });
}
