import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ImportIssue } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** The problems of an import file as a table: the row as Excel numbers it, the column, what is wrong. */
@Component({
  selector: 'll-import-issues',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../admin-table.scss',
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'admin.import.errors.caption' | t"
    >
      <table class="admin-table" data-testid="import-errors">
        <caption>
          {{
            'admin.import.errors.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="admin-table__number">{{ 'admin.import.errors.line' | t }}</th>
            <th scope="col">{{ 'admin.import.errors.column' | t }}</th>
            <th scope="col">{{ 'admin.import.errors.message' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (issue of issues(); track $index) {
            <tr>
              <td class="admin-table__number">{{ issue.line }}</td>
              <td>{{ issue.column }}</td>
              <td>{{ issue.message }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class ImportIssues {
  readonly issues = input.required<readonly ImportIssue[]>();
}
