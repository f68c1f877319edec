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

export interface RoundStatusData {
  name: string;
  /** What the round becomes. */
  status: 'open' | 'closed';
}

/** Asks before a round is closed (no more answers) or opened again. Closes with true to go on. */
@Component({
  selector: 'll-round-status-dialog',
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
        (data.status === 'closed'
          ? 'admin.rounds.confirm.closeTitle'
          : 'admin.rounds.confirm.openTitle'
        ) | t: { name: data.name }
      }}
    </h2>
    <mat-dialog-content>
      <p>
        {{
          (data.status === 'closed'
            ? 'admin.rounds.confirm.closeText'
            : 'admin.rounds.confirm.openText'
          ) | t
        }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">
        {{ 'admin.rounds.cancel' | t }}
      </button>
      <button matButton="filled" type="button" [mat-dialog-close]="true">
        {{ (data.status === 'closed' ? 'admin.rounds.close' : 'admin.rounds.open') | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class RoundStatusDialog {
  protected readonly data = inject<RoundStatusData>(MAT_DIALOG_DATA);
}
