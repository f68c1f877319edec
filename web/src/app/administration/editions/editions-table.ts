import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FrameworkStatus, FrameworkSummary } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { formatLongDate } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { editionExportUrl } from '../data-access/editions-api';

const STATUS_NAMES: Readonly<Record<FrameworkStatus, UiKey>> = {
  draft: 'admin.editions.status.draft',
  published: 'admin.editions.status.published',
  retired: 'admin.editions.status.retired',
};

/** Every edition: number, status in words, when it was published, its size, and a download. */
@Component({
  selector: 'll-editions-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../admin-table.scss', './editions-table.scss'],
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'admin.editions.caption' | t"
    >
      <table class="admin-table editions-table" data-testid="editions">
        <caption>
          {{
            'admin.editions.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.editions.edition' | t }}</th>
            <th scope="col">{{ 'admin.editions.status' | t }}</th>
            <th scope="col">{{ 'admin.editions.publishedAt' | t }}</th>
            <th scope="col">{{ 'admin.editions.content' | t }}</th>
            <th scope="col">{{ 'admin.editions.download.column' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id) {
            <tr>
              <th scope="row">{{ row.edition }}</th>
              <td>
                <span class="edition-badge" [class]="'edition-badge--' + row.status">{{
                  row.statusName
                }}</span>
                @if (row.current) {
                  <span class="ll-visually-hidden">, </span>
                  <span class="edition-current">{{ 'admin.editions.current' | t }}</span>
                }
              </td>
              <td>{{ row.publishedAt }}</td>
              <td>{{ row.counts }}</td>
              <td>
                <a [href]="row.exportUrl" download
                  >{{ 'admin.editions.download' | t
                  }}<span class="ll-visually-hidden"> ({{ row.edition }})</span></a
                >
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class EditionsTable {
  readonly editions = input.required<readonly FrameworkSummary[]>();
  private readonly language = inject(LanguageService);

  protected readonly rows = computed(() =>
    this.editions().map((edition) => ({
      id: edition.id,
      edition: editionName(edition, this.language),
      status: edition.status,
      statusName: this.language.t(STATUS_NAMES[edition.status]),
      current: edition.current,
      publishedAt: edition.publishedAt
        ? formatLongDate(edition.publishedAt, this.language.lang())
        : this.language.t('admin.editions.notPublished'),
      counts: this.language.t('admin.editions.counts', {
        competencies: edition.competencyCount,
        behaviours: edition.behaviourCount,
      }),
      exportUrl: editionExportUrl(edition.id),
    })),
  );
}

/** "Udgave 2" or "Udgave 2 (2026)". */
export function editionName(edition: FrameworkSummary, language: LanguageService): string {
  return edition.editionLabel
    ? language.t('framework.editionWithLabel', {
        edition: edition.edition,
        label: edition.editionLabel,
      })
    : language.t('framework.edition', { edition: edition.edition });
}
