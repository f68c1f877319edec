import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { OfferSessionFields, OfferSessionView } from '@lederloeft/contracts';
import { type AdminFailure, failureMessage } from '../../administration/data-access/admin-failure';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { formatNumber } from '../data-access/offer-format';
import type { OfferOutcome } from '../data-access/offer-store';
import {
  CAPACITY_MAX,
  WAITING_MAX,
  type SessionForm,
  sessionErrorKey,
  sessionFieldsOf,
  sessionForm,
} from './session-form';

export interface SessionDialogData {
  offerTitle: string;
  /** The session to change, or null for a new one. */
  session: OfferSessionView | null;
  save: (fields: OfferSessionFields) => Promise<OfferOutcome>;
}

type SessionField = keyof SessionForm['controls'];

/** The label of each session field, to name it in the API's `details`. */
const SESSION_LABELS: Readonly<Record<SessionField, UiKey>> = {
  startDate: 'catalogue.session.startDate',
  endDate: 'catalogue.session.endDate',
  place: 'catalogue.session.place',
  capacity: 'catalogue.session.capacity',
  registrationDeadline: 'catalogue.session.deadline',
  seatsTaken: 'catalogue.session.seatsTaken',
  waitingList: 'catalogue.session.waitingList',
};

/**
 * Adds or changes a session (hold): dates, place, seats, deadline, waiting list. Saves
 * itself and stays open with the API's message when the save fails; closes with true.
 */
@Component({
  selector: 'll-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-dialog.html',
  styleUrl: './session-dialog.scss',
})
export class SessionDialog {
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<SessionDialog, boolean>>(MatDialogRef);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  protected readonly form = sessionForm(this.data.session);
  protected readonly max = CAPACITY_MAX;
  protected readonly saving = signal(false);
  protected readonly failure = signal<AdminFailure | null>(null);
  protected readonly failureText = computed(() => {
    const failure = this.failure();
    return failure ? failureMessage(failure, this.language) : null;
  });

  /** The API's per-field problems, with the field's label instead of its path. */
  protected readonly failureDetails = computed(() =>
    (this.failure()?.details ?? []).map((detail) => ({
      field: Object.hasOwn(SESSION_LABELS, detail.path)
        ? this.language.t(SESSION_LABELS[detail.path as SessionField])
        : detail.path,
      message: detail.message,
    })),
  );

  protected error(field: SessionField): string {
    const key = sessionErrorKey(this.form.controls[field].errors);
    const max = field === 'waitingList' ? WAITING_MAX : CAPACITY_MAX;
    return key ? this.language.t(key, { max: formatNumber(max, this.language.lang()) }) : '';
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.saving() || this.form.invalid) {
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    const outcome = await this.data.save(sessionFieldsOf(this.form));
    this.saving.set(false);
    if (outcome.ok) {
      this.ref.close(true);
      return;
    }
    this.failure.set(outcome.failure);
    afterNextRender(() => this.alertBox()?.nativeElement.focus(), { injector: this.injector });
  }
}
