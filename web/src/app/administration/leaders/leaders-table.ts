import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { LeaderAdminView, LeaderLevelView } from '@lederloeft/contracts';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';

export type LeaderAction = 'edit' | 'account';

/** One page of leaders: unit, manager, status and sign-in account; actions for administrators. */
@Component({
  selector: 'll-leaders-table',
  imports: [MatButton, LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../admin-table.scss', './leaders-table.scss'],
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'admin.leaders.table.caption' | t"
    >
      <table class="admin-table" data-testid="leaders">
        <caption>
          {{
            'admin.leaders.table.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.leaders.field.name' | t }}</th>
            <th scope="col">{{ 'admin.leaders.field.title' | t }}</th>
            <th scope="col">{{ 'admin.leaders.field.unit' | t }}</th>
            <th scope="col">{{ 'admin.leaders.field.manager' | t }}</th>
            <th scope="col">{{ 'admin.leaders.table.status' | t }}</th>
            <th scope="col">{{ 'admin.leaders.table.account' | t }}</th>
            @if (canEdit()) {
              <th scope="col">{{ 'admin.leaders.table.actions' | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (leader of leaders(); track leader.id) {
            <tr [class.leaders__inactive]="!leader.active">
              <th scope="row">
                <span class="leaders__name">{{ leader.name }}</span>
                <span class="leaders__email">{{ leader.email }}</span>
              </th>
              <td>
                {{ leader.title }}
                @if (levelOf(leader); as level) {
                  <span class="leaders__level">{{ level.name | localized }}</span>
                }
              </td>
              <td>{{ leader.orgUnit.name }}</td>
              <td>{{ leader.manager?.name ?? ('admin.leaders.table.noManager' | t) }}</td>
              <td>
                <span class="leaders__badge" [class.leaders__badge--off]="!leader.active">
                  {{ (leader.active ? 'admin.leaders.active' : 'admin.leaders.inactive') | t }}
                </span>
              </td>
              <td class="leaders__nowrap">{{ accountStatus(leader) | t }}</td>
              @if (canEdit()) {
                <td>
                  <div class="leaders__actions">
                    <button
                      matButton
                      type="button"
                      [id]="'leader-' + leader.id + '-edit'"
                      [attr.aria-label]="'admin.leaders.editFor' | t: { name: leader.name }"
                      (click)="act.emit({ leader, action: 'edit' })"
                    >
                      {{ 'admin.leaders.edit' | t }}
                    </button>
                    @if (!leader.account) {
                      <button
                        matButton
                        type="button"
                        [id]="'leader-' + leader.id + '-account'"
                        [attr.aria-label]="
                          'admin.leaders.account.createFor' | t: { name: leader.name }
                        "
                        (click)="act.emit({ leader, action: 'account' })"
                      >
                        {{ 'admin.leaders.account.create' | t }}
                      </button>
                    }
                  </div>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class LeadersTable {
  readonly leaders = input.required<readonly LeaderAdminView[]>();
  readonly levels = input.required<readonly LeaderLevelView[]>();
  readonly canEdit = input(false);
  readonly act = output<{ leader: LeaderAdminView; action: LeaderAction }>();

  protected levelOf(leader: LeaderAdminView): LeaderLevelView | undefined {
    return this.levels().find((l) => l.key === leader.levelKey);
  }

  protected accountStatus(leader: LeaderAdminView): UiKey {
    if (!leader.account) {
      return 'admin.leaders.account.none';
    }
    return leader.account.active
      ? 'admin.leaders.account.active'
      : 'admin.leaders.account.inactive';
  }
}
