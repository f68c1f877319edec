import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ApiErrorDetail } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** The API's per-field problems of a rejected request (`ApiError.details`): where, and what. */
@Component({
  selector: 'll-error-details',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../admin-table.scss',
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'admin.details.caption' | t"
    >
      <table class="admin-table" data-testid="error-details">
        <caption>
          {{
            'admin.details.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.details.where' | t }}</th>
            <th scope="col">{{ 'admin.details.message' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (detail of details(); track $index) {
            <tr>
              <td class="error-details__path">{{ detail.path }}</td>
              <td>{{ detail.message }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .error-details__path {
      overflow-wrap: anywhere;
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-size: 0.875rem;
    }
  `,
})
export class ErrorDetails {
  readonly details = input.required<readonly ApiErrorDetail[]>();
}
