import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { FrameworkSummary } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { editionExportUrl } from '../data-access/editions-api';
import type { EditionAction } from '../data-access/editions-store';
import { readFileText } from '../data-access/file-upload';
import { FileField } from '../import/file-field';

/** A framework document read from the chosen file, and the file's name for the message. */
export interface DraftUpload {
  document: unknown;
  fileName: string;
}

/**
 * What to do with a draft: edit it in the browser ("Rediger kladden"), or download it as
 * JSON and upload the edited file (→ PUT); then publish it.
 * Reads and parses the file itself; the page sends it and reports what happened.
 */
@Component({
  selector: 'll-draft-panel',
  imports: [MatButton, RouterLink, TranslatePipe, FileField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './draft-panel.scss',
  template: `
    <section class="ll-card draft-panel" [attr.aria-labelledby]="'draft-title-' + draft().id">
      <h2 [id]="'draft-title-' + draft().id">{{ title() }}</h2>
      <div class="draft-panel__edit">
        <p>{{ 'admin.editions.draft.editIntro' | t }}</p>
        <a matButton="filled" [routerLink]="editLink()"
          >{{ 'admin.editions.draft.edit' | t
          }}<span class="ll-visually-hidden"> ({{ title() }})</span></a
        >
      </div>

      <h3>{{ 'admin.editions.draft.jsonTitle' | t }}</h3>
      <ol class="draft-panel__steps">
        <li>
          {{ 'admin.editions.draft.steps.download' | t }}
          <a [href]="exportUrl()" download>{{ 'admin.editions.download' | t }}</a>
        </li>
        <li>{{ 'admin.editions.draft.steps.edit' | t }}</li>
        <li>
          {{ 'admin.editions.draft.steps.upload' | t }}
          <form class="draft-panel__upload" novalidate (submit)="upload($event)">
            <ll-file-field
              accept=".json,application/json"
              [inputId]="'draft-file-' + draft().id"
              [label]="'admin.editions.upload.label' | t"
              [hint]="'admin.editions.upload.hint' | t"
              [error]="fileError()"
              [disabled]="busy() !== null"
              (fileChange)="choose($event)"
            />
            <div>
              <button
                matButton="outlined"
                type="submit"
                disabledInteractive
                [disabled]="busy() !== null"
                [attr.aria-busy]="busy() === 'upload' || null"
              >
                {{
                  (busy() === 'upload' ? 'admin.editions.uploading' : 'admin.editions.upload') | t
                }}
              </button>
            </div>
          </form>
        </li>
      </ol>

      <h3>{{ 'admin.editions.draft.publishTitle' | t }}</h3>
      <p>{{ 'admin.editions.draft.steps.publish' | t }}</p>
      <div class="draft-panel__publish">
        <button
          matButton="filled"
          type="button"
          disabledInteractive
          [disabled]="busy() !== null"
          [attr.aria-busy]="busy() === 'publish' || null"
          (click)="publish.emit()"
        >
          {{
            busy() === 'publish'
              ? ('admin.editions.publishing' | t)
              : ('admin.editions.publish' | t: { edition: draft().edition })
          }}
        </button>
      </div>
    </section>
  `,
})
export class DraftPanel {
  readonly draft = input.required<FrameworkSummary>();
  /** The action running on this draft, if any. */
  readonly busy = input<EditionAction | null>(null);
  readonly uploaded = output<DraftUpload>();
  readonly publish = output<void>();

  private readonly language = inject(LanguageService);
  private readonly fileField = viewChild.required(FileField);
  private readonly file = signal<File | null>(null);
  private readonly fileProblem = signal<UiKey | null>(null);
  protected readonly fileError = computed(() => {
    const problem = this.fileProblem();
    return problem ? this.language.t(problem) : null;
  });
  protected readonly title = computed(() =>
    this.language.t('admin.editions.draft.title', { edition: this.draft().edition }),
  );
  protected readonly exportUrl = computed(() => editionExportUrl(this.draft().id));
  protected readonly editLink = computed(() => [
    '/administration/ledelsesgrundlag',
    this.draft().id,
    'rediger',
  ]);

  protected choose(file: File | null): void {
    this.file.set(file);
    this.fileProblem.set(null);
  }

  protected async upload(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    if (this.busy() !== null) {
      return;
    }
    if (!file) {
      this.fail('admin.editions.upload.required');
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await readFileText(file));
    } catch {
      this.fail('admin.editions.upload.notJson');
      return;
    }
    this.fileProblem.set(null);
    this.uploaded.emit({ document, fileName: file.name });
  }

  private fail(key: 'admin.editions.upload.required' | 'admin.editions.upload.notJson'): void {
    this.fileProblem.set(key);
    this.fileField().focus();
  }
}
