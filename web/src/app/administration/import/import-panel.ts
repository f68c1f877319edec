import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type Signal,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ImportIssue } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { type AdminFailure, failureMessage } from '../data-access/admin-failure';
import { SPREADSHEET_ACCEPT, spreadsheetContentType } from '../data-access/file-upload';
import type { ImportPhase } from '../data-access/import-flow';
import { ErrorDetails } from './error-details';
import { FileField } from './file-field';
import { ImportIssues } from './import-issues';

/** What the panel needs of an `ImportFlow`, whatever its preview and result types. */
export interface ImportFlowView {
  file: Signal<File | null>;
  phase: Signal<ImportPhase>;
  issues: Signal<readonly ImportIssue[]>;
  failure: Signal<AdminFailure | null>;
  failedStep: Signal<'preview' | 'import' | null>;
  busy: Signal<boolean>;
  canImport: Signal<boolean>;
  choose(file: File | null): void;
  runPreview(): Promise<boolean>;
  runImport(): Promise<boolean>;
}

/**
 * The steps every import shares: choose a file, "Se forhåndsvisning", the errors, "Indlæs",
 * and what happened. The page projects its own fields (`[llImportFields]`), the summary of
 * the preview (`[llImportSummary]`) and what would change (`[llImportChanges]`).
 */
@Component({
  selector: 'll-import-panel',
  imports: [MatButton, MatProgressBar, TranslatePipe, ErrorDetails, FileField, ImportIssues],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-panel.html',
  styleUrl: './import-panel.scss',
})
export class ImportPanel {
  readonly flow = input.required<ImportFlowView>();
  /** The success message, once the import is done (must say "indlæst"). */
  readonly doneText = input<string | null>(null);
  /** False while something the page asks for first (e.g. the round) is missing. */
  readonly ready = input(true);

  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly fileField = viewChild.required(FileField);
  private readonly status = viewChild.required<ElementRef<HTMLElement>>('status');
  private readonly previewTitle = viewChild<ElementRef<HTMLElement>>('previewTitle');
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  protected readonly accept = SPREADSHEET_ACCEPT;
  private readonly fileProblem = signal<UiKey | null>(null);
  protected readonly fileError = computed(() => {
    const problem = this.fileProblem();
    return problem ? this.language.t(problem) : null;
  });
  protected readonly fileName = computed(() => this.flow().file()?.name ?? '');
  protected readonly hasPreview = computed(() =>
    ['previewed', 'importing', 'imported'].includes(this.flow().phase()),
  );
  protected readonly failureText = computed(() => {
    const failure = this.flow().failure();
    return failure ? failureMessage(failure, this.language) : null;
  });

  protected choose(file: File | null): void {
    const wrongType = file !== null && spreadsheetContentType(file) === null;
    this.fileProblem.set(wrongType ? 'admin.import.file.wrongType' : null);
    this.flow().choose(wrongType ? null : file);
  }

  protected async preview(event: Event): Promise<void> {
    event.preventDefault();
    if (this.flow().busy() || !this.ready()) {
      return;
    }
    if (!this.flow().file()) {
      this.fileProblem.set('admin.import.file.required');
      this.fileField().focus();
      return;
    }
    const ok = await this.flow().runPreview();
    this.focusAfterRender(() => (ok ? this.previewTitle() : this.failureBox()));
  }

  protected async import(): Promise<void> {
    if (!this.flow().canImport()) {
      return;
    }
    const ok = await this.flow().runImport();
    this.focusAfterRender(() => (ok ? this.status() : this.failureBox()));
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
