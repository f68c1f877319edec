import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { Language } from '@lederloeft/contracts';
import { switchMap } from 'rxjs';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { type TextForm, fieldId } from './draft-form';

/**
 * One text of the draft in both languages: Danish and English side by side on a wide
 * screen, one above the other on a narrow one. Shows the field's own problems (blank,
 * too long) and the API's, which the page sets as the `api` error.
 */
@Component({
  selector: 'll-localized-field',
  imports: [ReactiveFormsModule, MatError, MatFormField, MatInput, MatLabel, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="lf" [attr.aria-describedby]="hint() ? hintId() : null">
      <legend class="lf__legend">
        {{ label() }}
        @if (!required()) {
          <span class="lf__optional">{{ 'admin.draftEditor.optional' | t }}</span>
        }
      </legend>
      @if (hint(); as hint) {
        <p class="ll-meta lf__hint" [id]="hintId()">{{ hint }}</p>
      }
      <div class="lf__pair">
        @for (field of fields(); track field.lang) {
          <mat-form-field appearance="outline" class="lf__field" subscriptSizing="dynamic">
            <mat-label
              ><span class="ll-visually-hidden">{{ label() }}, </span
              >{{ field.langLabel | t }}</mat-label
            >
            @if (long()) {
              <textarea
                matInput
                rows="3"
                [id]="field.id"
                [attr.lang]="field.lang"
                [required]="required()"
                [formControl]="field.control"
              ></textarea>
            } @else {
              <input
                matInput
                type="text"
                [id]="field.id"
                [attr.lang]="field.lang"
                [required]="required()"
                [formControl]="field.control"
              />
            }
            @if (field.control.errors; as errors) {
              <mat-error>{{ errorText(errors, field.lang) }}</mat-error>
            }
          </mat-form-field>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .lf {
      min-width: 0;
      margin: 0 0 0.75rem;
      padding: 0;
      border: 0;
    }

    .lf__legend {
      margin-bottom: 0.5rem;
      padding: 0;
      font: var(--mat-sys-title-small);
      font-weight: 700;
    }

    .lf__optional {
      color: var(--mat-sys-on-surface-variant);
      font-weight: 400;
    }

    .lf__hint {
      margin: -0.25rem 0 0.5rem;
    }

    .lf__pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      align-items: start;
      gap: 0.25rem 1.25rem;
    }

    .lf__field {
      width: 100%;
    }

    /* Grows with its text where the browser can (no script measuring 200 text areas); the
       others keep three rows and a resize handle. */
    textarea {
      field-sizing: content;
      min-height: 3lh;
      max-height: 16lh;
      resize: vertical;
    }
  `,
})
export class LocalizedField {
  readonly text = input.required<TextForm>();
  /** The field's name, already in the interface language: "Resumé", "Eksempel 3". */
  readonly label = input.required<string>();
  /** A text area for long texts; one line for names. */
  readonly long = input(true);
  readonly required = input(true);
  readonly hint = input<string | null>(null);

  private readonly language = inject(LanguageService);

  protected readonly fields = computed(() => {
    const text = this.text();
    return (['da', 'en'] as const).map((lang) => ({
      lang,
      langLabel:
        lang === 'da'
          ? ('admin.draftEditor.lang.da' as const)
          : ('admin.draftEditor.lang.en' as const),
      control: text.controls[lang] as FormControl<string>,
      id: fieldId(text.controls[lang]),
    }));
  });
  protected readonly hintId = computed(() => `${fieldId(this.text())}-hint`);

  constructor() {
    // Errors set from outside (the page's checks on save, the API's answer) change no
    // input of this view: look again whenever the text's state changes.
    const changes = inject(ChangeDetectorRef);
    toObservable(this.text)
      .pipe(
        switchMap((text) => text.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => changes.markForCheck());
  }

  protected errorText(errors: Record<string, unknown>, lang: Language): string {
    if (typeof errors['api'] === 'string') {
      return errors['api'];
    }
    if (errors['required']) {
      return this.language.t(
        lang === 'da'
          ? 'admin.draftEditor.error.required.da'
          : 'admin.draftEditor.error.required.en',
      );
    }
    const tooLong = errors['maxlength'] as { requiredLength: number } | undefined;
    if (tooLong) {
      return this.language.t('admin.draftEditor.error.tooLong', { max: tooLong.requiredLength });
    }
    return '';
  }
}
