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

export interface PublishDialogData {
  /** The draft's edition number. */
  edition: number;
  /** The edition in force now, which publishing retires; null when there is none. */
  current: number | null;
}

/**
 * Asks before publishing: the draft becomes the edition in force, the current one is
 * retired, and a published edition never changes. Closes with true to publish.
 */
@Component({
  selector: 'll-publish-dialog',
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
    <h2 mat-dialog-title>{{ 'admin.editions.confirm.title' | t: { edition: data.edition } }}</h2>
    <mat-dialog-content>
      <p>{{ 'admin.editions.confirm.text' | t: { edition: data.edition } }}</p>
      @if (data.current !== null) {
        <p>{{ 'admin.editions.confirm.retire' | t: { current: data.current } }}</p>
      }
      <p>
        <strong>{{ 'admin.editions.confirm.immutable' | t }}</strong>
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">
        {{ 'admin.editions.confirm.cancel' | t }}
      </button>
      <button matButton="filled" type="button" [mat-dialog-close]="true">
        {{ 'admin.editions.confirm.ok' | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class PublishDialog {
  protected readonly data = inject<PublishDialogData>(MAT_DIALOG_DATA);
}
