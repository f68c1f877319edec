import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '../../i18n/translate.pipe';

export interface ConfirmActiveData {
  name: string;
  /** What the account becomes: true to activate, false to deactivate. */
  active: boolean;
}

/** Asks before an account is deactivated (the person cannot sign in) or activated again. */
@Component({
  selector: 'll-confirm-active-dialog',
  imports: [
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        (data.active
          ? 'admin.accounts.confirm.activateTitle'
          : 'admin.accounts.confirm.deactivateTitle'
        ) | t: { name: data.name }
      }}
    </h2>
    <mat-dialog-content>
      <p>
        {{
          (data.active
            ? 'admin.accounts.confirm.activateText'
            : 'admin.accounts.confirm.deactivateText'
          ) | t: { name: data.name }
        }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">
        {{ 'admin.accounts.cancel' | t }}
      </button>
      <button matButton="filled" type="button" [mat-dialog-close]="true">
        {{ (data.active ? 'admin.accounts.activate' : 'admin.accounts.deactivate') | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmActiveDialog {
  protected readonly data = inject<ConfirmActiveData>(MAT_DIALOG_DATA);
}
