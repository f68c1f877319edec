import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { type AbstractControl, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { LocalInterpretationView, LocalizedText } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { formatLongDate } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { type AdminFailure, failureMessage } from '../data-access/admin-failure';
import { InterpretationsStore } from '../data-access/interpretations-store';

function notBlank(control: AbstractControl<string>): { required: true } | null {
  return control.value.trim() ? null : { required: true };
}

/**
 * One competency or behaviour: the framework's text, the unit's interpretation of it, and
 * writing, changing or deleting that interpretation.
 */
@Component({
  selector: 'll-interpretation-item',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    LocalizedPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interpretation-item.html',
  styleUrl: './interpretation-item.scss',
})
export class InterpretationItem {
  readonly elementKey = input.required<string>();
  readonly original = input.required<LocalizedText>();
  readonly interpretation = input<LocalInterpretationView | null>(null);
  readonly unitName = input.required<string>();

  private readonly store = inject(InterpretationsStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly daField = viewChild<ElementRef<HTMLTextAreaElement>>('daField');
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  protected readonly editing = signal(false);
  protected readonly busy = signal<'saving' | 'deleting' | null>(null);
  protected readonly message = signal<UiKey | null>(null);
  private readonly failure = signal<{ key: UiKey; failure: AdminFailure } | null>(null);
  protected readonly error = computed(() => {
    const failed = this.failure();
    return failed
      ? `${this.language.t(failed.key)} ${failureMessage(failed.failure, this.language)}`
      : null;
  });
  protected readonly da = new FormControl('', { nonNullable: true, validators: [notBlank] });
  protected readonly en = new FormControl('', { nonNullable: true });

  /** Ids within the page: element keys contain dots, which are fine in ids. */
  protected readonly id = computed(() => `interp-${this.elementKey()}`);
  protected readonly updatedAt = computed(() => {
    const updatedAt = this.interpretation()?.updatedAt;
    return updatedAt ? formatLongDate(updatedAt, this.language.lang()) : null;
  });

  protected startEditing(): void {
    const text = this.interpretation()?.text;
    this.da.reset(text?.da ?? '');
    this.en.reset(text?.en ?? '');
    this.message.set(null);
    this.failure.set(null);
    this.editing.set(true);
    this.focusAfterRender(() => this.daField()?.nativeElement);
  }

  protected cancel(): void {
    this.editing.set(false);
    this.failure.set(null);
    this.focusAfterRender(() => this.document.getElementById(`${this.id()}-edit`));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) {
      return;
    }
    this.da.markAsTouched();
    if (this.da.invalid) {
      this.focusAfterRender(() => this.daField()?.nativeElement);
      return;
    }
    this.busy.set('saving');
    this.failure.set(null);
    const failure = await this.store.save(this.elementKey(), {
      da: this.da.value.trim(),
      en: this.en.value.trim(),
    });
    this.busy.set(null);
    if (failure) {
      this.failure.set({ key: 'admin.interpretations.notSaved', failure });
      this.focusAfterRender(() => this.alertBox()?.nativeElement);
      return;
    }
    this.editing.set(false);
    this.message.set('admin.interpretations.saved');
    this.focusAfterRender(() => this.document.getElementById(`${this.id()}-edit`));
  }

  protected async remove(): Promise<void> {
    const confirmed =
      this.document.defaultView?.confirm(this.language.t('admin.interpretations.deleteConfirm')) ??
      true;
    if (!confirmed || this.busy()) {
      return;
    }
    this.busy.set('deleting');
    this.message.set(null);
    this.failure.set(null);
    const failure = await this.store.remove(this.elementKey());
    this.busy.set(null);
    if (failure) {
      this.failure.set({ key: 'admin.interpretations.notDeleted', failure });
      this.focusAfterRender(() => this.alertBox()?.nativeElement);
      return;
    }
    this.message.set('admin.interpretations.deleted');
    this.focusAfterRender(() => this.document.getElementById(`${this.id()}-edit`));
  }

  private focusAfterRender(target: () => HTMLElement | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
