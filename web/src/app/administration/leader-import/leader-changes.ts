import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LeaderImportPreview } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';

type LeaderChange = LeaderImportPreview['changes'][number];

/** Names of the fields an update may change, as the API reports them. */
const FIELD_NAMES: Readonly<Record<string, UiKey>> = {
  name: 'admin.leaderImport.field.name',
  email: 'admin.leaderImport.field.email',
  title: 'admin.leaderImport.field.title',
  levelKey: 'admin.leaderImport.field.levelKey',
  orgUnitId: 'admin.leaderImport.field.orgUnitId',
  managerId: 'admin.leaderImport.field.managerId',
  startDate: 'admin.leaderImport.field.startDate',
  active: 'admin.leaderImport.field.active',
  employeeId: 'admin.leaderImport.field.employeeId',
};

/** What a leader import would do, row by row: new leaders and the fields that change. */
@Component({
  selector: 'll-leader-changes',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../admin-table.scss',
  template: `
    @if (rows().length) {
      <div
        class="admin-table-scroll"
        role="region"
        tabindex="0"
        [attr.aria-label]="'admin.leaderImport.changes.caption' | t"
      >
        <table class="admin-table" data-testid="import-changes">
          <caption>
            {{
              'admin.leaderImport.changes.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="admin-table__number">{{ 'admin.import.errors.line' | t }}</th>
              <th scope="col">{{ 'admin.leaderImport.changes.action' | t }}</th>
              <th scope="col">{{ 'admin.leaderImport.changes.name' | t }}</th>
              <th scope="col">{{ 'admin.leaderImport.changes.email' | t }}</th>
              <th scope="col">{{ 'admin.leaderImport.changes.fields' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.line) {
              <tr>
                <td class="admin-table__number">{{ row.line }}</td>
                <td>{{ row.action }}</td>
                <td>{{ row.name }}</td>
                <td>{{ row.email }}</td>
                <td>
                  @if (row.fields) {
                    {{ row.fields }}
                  } @else {
                    <span aria-hidden="true">–</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p>{{ 'admin.leaderImport.noChanges' | t }}</p>
    }
  `,
})
export class LeaderChanges {
  readonly changes = input.required<readonly LeaderChange[]>();
  private readonly language = inject(LanguageService);

  protected readonly rows = computed(() =>
    this.changes().map((change) => ({
      line: change.line,
      name: change.name,
      email: change.email,
      action: this.language.t(
        change.action === 'create'
          ? 'admin.leaderImport.action.create'
          : 'admin.leaderImport.action.update',
      ),
      fields: change.fields
        .map((field) =>
          Object.hasOwn(FIELD_NAMES, field) ? this.language.t(FIELD_NAMES[field]) : field,
        )
        .join(', '),
    })),
  );
}
