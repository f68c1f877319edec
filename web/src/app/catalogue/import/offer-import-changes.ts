import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { OfferImportResult } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** What an import would do, row by row: new offers and offers that change. */
@Component({
  selector: 'll-offer-import-changes',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../administration/admin-table.scss',
  template: `
    @if (changes().length) {
      <div
        class="admin-table-scroll"
        role="region"
        tabindex="0"
        [attr.aria-label]="'catalogue.import.changes.caption' | t"
      >
        <table class="admin-table" data-testid="import-changes">
          <caption>
            {{
              'catalogue.import.changes.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="admin-table__number">{{ 'admin.import.errors.line' | t }}</th>
              <th scope="col">{{ 'admin.leaderImport.changes.action' | t }}</th>
              <th scope="col">{{ 'catalogue.field.code' | t }}</th>
              <th scope="col">{{ 'catalogue.field.title' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (change of changes(); track change.line) {
              <tr>
                <td class="admin-table__number">{{ change.line }}</td>
                <td>
                  {{
                    (change.action === 'create'
                      ? 'admin.leaderImport.action.create'
                      : 'admin.leaderImport.action.update'
                    ) | t
                  }}
                </td>
                <td>{{ change.code }}</td>
                <td>{{ change.title }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p>{{ 'catalogue.import.noChanges' | t }}</p>
    }
  `,
})
export class OfferImportChanges {
  readonly changes = input.required<OfferImportResult['changes']>();
}
