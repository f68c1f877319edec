import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { debounceTime, map } from 'rxjs';
import { apiMessageFor } from '../../http/api-error';
import { LanguageService } from '../../i18n/language.service';
import { formatLongDate, formatTime } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { paragraphs } from '../../text/paragraphs';
import { PERSONAL_FOUNDATION_MAX_LENGTH } from '../data-access/leader-api';
import { MyDevelopmentStore } from '../data-access/my-development-store';

/** How long typing must pause before screen readers hear the character count. */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/**
 * "Mit personlige ledelsesgrundlag": why it exists, the text field with a character count,
 * "Gem", the saved confirmation or the error, and the saved text as it reads now.
 * Rendered only once the store has loaded.
 */
@Component({
  selector: 'll-personal-foundation-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './personal-foundation-editor.html',
  styleUrl: './personal-foundation-editor.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class PersonalFoundationEditor {
  protected readonly store = inject(MyDevelopmentStore);
  private readonly language = inject(LanguageService);
  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('textarea');

  protected readonly maxLength = PERSONAL_FOUNDATION_MAX_LENGTH;
  protected readonly text = new FormControl(this.store.foundation()?.text ?? '', {
    nonNullable: true,
  });
  private readonly draft = toSignal(this.text.valueChanges, { initialValue: this.text.value });

  private readonly savedText = computed(() => this.store.foundation()?.text ?? '');
  /** True while the field holds text that is not what the API has stored. */
  readonly dirty = computed(() => this.draft() !== this.savedText());
  protected readonly canSave = computed(() => this.dirty() && !this.store.saving());
  protected readonly count = computed(() => this.draft().length);
  /** The count for screen readers, updated when typing pauses rather than on every key. */
  protected readonly announcedCount = toSignal(
    this.text.valueChanges.pipe(
      debounceTime(COUNT_ANNOUNCE_DELAY_MS),
      map((value) => value.length),
    ),
    { initialValue: null },
  );

  protected readonly savedParagraphs = computed(() => paragraphs(this.savedText()));
  protected readonly updatedAt = computed(() => {
    const updatedAt = this.store.foundation()?.updatedAt;
    return updatedAt ? formatLongDate(updatedAt, this.language.lang()) : null;
  });
  protected readonly savedTime = computed(() => {
    const savedAt = this.store.savedAt();
    return savedAt ? formatTime(savedAt, this.language.lang()) : null;
  });

  protected readonly errorText = computed(() => {
    const failure = this.store.saveError();
    if (!failure) {
      return null;
    }
    const t = (key: UiKey) => this.language.t(key, { max: this.maxLength });
    if (failure.status === 401) {
      return t('personalFoundation.error.signedOut');
    }
    if (failure.status === 403 && failure.code === 'CSRF') {
      return t('personalFoundation.error.csrf');
    }
    const fromApi = apiMessageFor(failure, this.language.lang());
    if (fromApi) {
      return fromApi;
    }
    if (failure.status === 403) {
      return t('personalFoundation.error.forbidden');
    }
    if (failure.status === 400) {
      return t('personalFoundation.error.invalid');
    }
    return t('personalFoundation.error.unavailable');
  });

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.canSave()) {
      return;
    }
    const sent = this.text.value;
    const saved = await this.store.save(sent);
    // The API may tidy the text (line endings, trailing space): show what it stored,
    // unless the person has typed on in the meantime.
    if (saved && this.text.value === sent && saved.text !== sent) {
      this.text.setValue(saved.text);
    }
    if (!saved) {
      this.textarea().nativeElement.focus();
    }
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) {
      event.preventDefault();
    }
  }
}
