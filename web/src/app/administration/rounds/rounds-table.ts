import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { AssessmentRoundView, Language } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { formatDecimal } from '../../i18n/number-format';
import { formatLongDate } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { SOURCE_NAMES } from './source-names';

export type RoundAction = 'edit' | 'toggle';

/** One row as shown: texts already in the interface language. */
interface RoundRow {
  round: AssessmentRoundView;
  edition: string;
  period: string;
  sources: string[];
}

/** The rounds with their edition, period, status, sources and anonymity limit; actions per row. */
@Component({
  selector: 'll-rounds-table',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../admin-table.scss', './rounds-table.scss'],
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'admin.rounds.table.caption' | t"
    >
      <table class="admin-table" data-testid="rounds">
        <caption class="ll-visually-hidden">
          {{
            'admin.rounds.table.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.rounds.table.name' | t }}</th>
            <th scope="col">{{ 'admin.rounds.table.edition' | t }}</th>
            <th scope="col">{{ 'admin.rounds.table.period' | t }}</th>
            <th scope="col">{{ 'admin.rounds.table.status' | t }}</th>
            <th scope="col">{{ 'admin.rounds.table.sources' | t }}</th>
            <th scope="col">{{ 'admin.rounds.table.anonymity' | t }}</th>
            <th scope="col">{{ 'admin.rounds.table.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.round.id) {
            <tr>
              <th scope="row">{{ row.round.name }}</th>
              <td class="rounds__nowrap">{{ row.edition }}</td>
              <td class="rounds__period">{{ row.period }}</td>
              <td>
                <span
                  class="rounds__status"
                  [class.rounds__status--closed]="row.round.status === 'closed'"
                >
                  {{
                    (row.round.status === 'open'
                      ? 'admin.rounds.status.open'
                      : 'admin.rounds.status.closed'
                    ) | t
                  }}
                </span>
              </td>
              <td>
                <ul class="rounds__sources">
                  @for (source of row.sources; track $index) {
                    <li>{{ source }}</li>
                  }
                </ul>
              </td>
              <td>{{ 'admin.rounds.minRespondents' | t: { count: row.round.minRespondents } }}</td>
              <td>
                <div class="rounds__actions">
                  <button
                    matButton
                    type="button"
                    [id]="'round-' + row.round.id + '-edit'"
                    [disabled]="busy()"
                    [attr.aria-label]="'admin.rounds.editFor' | t: { name: row.round.name }"
                    (click)="act.emit({ round: row.round, action: 'edit' })"
                  >
                    {{ 'admin.rounds.edit' | t }}
                  </button>
                  <button
                    matButton
                    type="button"
                    [id]="'round-' + row.round.id + '-toggle'"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      (row.round.status === 'open'
                        ? 'admin.rounds.closeFor'
                        : 'admin.rounds.openFor'
                      ) | t: { name: row.round.name }
                    "
                    (click)="act.emit({ round: row.round, action: 'toggle' })"
                  >
                    {{
                      (row.round.status === 'open' ? 'admin.rounds.close' : 'admin.rounds.open') | t
                    }}
                  </button>
                </div>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class RoundsTable {
  readonly rounds = input.required<readonly AssessmentRoundView[]>();
  /** The edition number of each round's edition (null: not listed). */
  readonly editionOf = input.required<(round: AssessmentRoundView) => number | null>();
  readonly busy = input(false);
  readonly act = output<{ round: AssessmentRoundView; action: RoundAction }>();

  private readonly language = inject(LanguageService);

  protected readonly rows = computed<RoundRow[]>(() => {
    const lang = this.language.lang();
    const editionOf = this.editionOf();
    return this.rounds().map((round) => {
      const edition = editionOf(round);
      return {
        round,
        edition:
          edition === null
            ? this.language.t('admin.rounds.edition.unknown')
            : this.language.t('admin.rounds.edition', { edition }),
        period: this.language.t('admin.rounds.period', {
          start: formatLongDate(round.periodStart, lang),
          end: formatLongDate(round.periodEnd, lang),
        }),
        sources: round.sources.map((source) =>
          this.language.t('admin.rounds.sourceWeight', {
            source: this.language.t(SOURCE_NAMES[source]),
            weight: formatWeight(round.weights[source], lang),
          }),
        ),
      };
    });
  });
}

/** A weight with the decimals it has (at most two): "2", or "1,5" in Danish. */
function formatWeight(weight: number, lang: Language): string {
  const digits = Number.isInteger(weight) ? 0 : Number.isInteger(weight * 10) ? 1 : 2;
  return formatDecimal(weight, lang, digits);
}
