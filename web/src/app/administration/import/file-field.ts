import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';

/**
 * A real file input with a visible label, a hint and an error, all tied to the input so
 * screen readers hear them. Browsers also accept a file dropped on it.
 */
@Component({
  selector: 'll-file-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="file-field" [class.file-field--invalid]="error()">
      <label class="file-field__label" [for]="inputId()">{{ label() }}</label>
      <p class="file-field__hint" [id]="inputId() + '-hint'">{{ hint() }}</p>
      <input
        #input
        type="file"
        class="file-field__input"
        [id]="inputId()"
        [accept]="accept()"
        [disabled]="disabled()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() ? true : null"
        (change)="changed(input)"
      />
      @if (error(); as message) {
        <p class="file-field__error" [id]="inputId() + '-error'">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    .file-field {
      display: grid;
      gap: 0.25rem;
      max-width: 40rem;
    }

    .file-field__label {
      font: var(--mat-sys-title-medium);
      font-weight: 650;
    }

    .file-field__hint,
    .file-field__error {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }

    .file-field__hint {
      color: var(--mat-sys-on-surface-variant);
    }

    .file-field__error {
      color: var(--mat-sys-error);
      font-weight: 600;
    }

    .file-field__input {
      box-sizing: border-box;
      width: 100%;
      margin-top: 0.25rem;
      padding: 0.75rem;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest);
      font: var(--mat-sys-body-large);

      &::file-selector-button {
        margin-right: 1rem;
        padding: 0.5rem 1rem;
        border: 1px solid var(--mat-sys-primary);
        border-radius: 999px;
        background: var(--mat-sys-surface-container-lowest);
        color: var(--mat-sys-primary);
        font: var(--mat-sys-label-large);
        cursor: pointer;
      }
    }

    .file-field--invalid .file-field__input {
      border: 2px solid var(--mat-sys-error);
    }
  `,
})
export class FileField {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly accept = input('');
  readonly error = input<string | null>(null);
  readonly disabled = input(false);
  readonly fileChange = output<File | null>();

  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  protected readonly describedBy = computed(() =>
    [`${this.inputId()}-hint`, this.error() ? `${this.inputId()}-error` : null]
      .filter(Boolean)
      .join(' '),
  );

  /** Moves keyboard focus to the input, e.g. when "Se forhåndsvisning" finds no file. */
  focus(): void {
    this.input().nativeElement.focus();
  }

  protected changed(input: HTMLInputElement): void {
    this.fileChange.emit(input.files?.item(0) ?? null);
  }
}
