import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { AccountView, GrantedRoleView } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';

export type AccountAction = 'roles' | 'password' | 'active';

const ROLE_NAMES: Readonly<Record<GrantedRoleView['role'], UiKey>> = {
  hr: 'admin.accounts.role.hr',
  director: 'admin.accounts.role.director',
  admin: 'admin.accounts.role.admin',
};

/** The accounts with their roles and status, and an action per row. */
@Component({
  selector: 'll-accounts-table',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../admin-table.scss', './accounts-table.scss'],
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'admin.accounts.table.caption' | t"
    >
      <table class="admin-table" data-testid="accounts">
        <caption>
          {{
            'admin.accounts.table.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.accounts.table.name' | t }}</th>
            <th scope="col">{{ 'admin.accounts.table.email' | t }}</th>
            <th scope="col">{{ 'admin.accounts.table.leader' | t }}</th>
            <th scope="col">{{ 'admin.accounts.table.roles' | t }}</th>
            <th scope="col">{{ 'admin.accounts.table.status' | t }}</th>
            <th scope="col">{{ 'admin.accounts.table.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (account of accounts(); track account.id) {
            <tr [class.accounts__inactive]="!account.active">
              <th scope="row">{{ account.name }}</th>
              <td class="accounts__email">{{ account.email }}</td>
              <td>{{ (account.leaderId ? 'admin.accounts.yes' : 'admin.accounts.no') | t }}</td>
              <td>
                @if (account.grantedRoles.length) {
                  <ul class="accounts__roles">
                    @for (granted of account.grantedRoles; track $index) {
                      <li class="accounts__badge">
                        {{ roleName(granted) | t }}
                        @if (granted.scope) {
                          <span>({{ granted.scope.name }})</span>
                        }
                      </li>
                    }
                  </ul>
                } @else {
                  <span>{{ 'admin.accounts.noRoles' | t }}</span>
                }
              </td>
              <td>
                {{ (account.active ? 'admin.accounts.active' : 'admin.accounts.inactive') | t }}
              </td>
              <td>
                <div class="accounts__actions">
                  <button
                    matButton
                    type="button"
                    [id]="'account-' + account.id + '-roles'"
                    [attr.aria-label]="'admin.accounts.editRolesFor' | t: { name: account.name }"
                    (click)="act.emit({ account, action: 'roles' })"
                  >
                    {{ 'admin.accounts.editRoles' | t }}
                  </button>
                  <button
                    matButton
                    type="button"
                    [id]="'account-' + account.id + '-password'"
                    [attr.aria-label]="'admin.accounts.setPasswordFor' | t: { name: account.name }"
                    (click)="act.emit({ account, action: 'password' })"
                  >
                    {{ 'admin.accounts.setPassword' | t }}
                  </button>
                  <button
                    matButton
                    type="button"
                    [id]="'account-' + account.id + '-active'"
                    [attr.aria-label]="
                      (account.active
                        ? 'admin.accounts.deactivateFor'
                        : 'admin.accounts.activateFor'
                      ) | t: { name: account.name }
                    "
                    (click)="act.emit({ account, action: 'active' })"
                  >
                    {{
                      (account.active ? 'admin.accounts.deactivate' : 'admin.accounts.activate') | t
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
export class AccountsTable {
  readonly accounts = input.required<readonly AccountView[]>();
  readonly act = output<{ account: AccountView; action: AccountAction }>();

  protected roleName(granted: GrantedRoleView): UiKey {
    return ROLE_NAMES[granted.role];
  }
}
