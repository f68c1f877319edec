import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type {
  AssessmentRoundView,
  CreateAssessmentRoundRequest,
  UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../../i18n/language.service';
import { formatLongDate } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { pageFeedback } from '../data-access/page-feedback';
import { type RoundOutcome, RoundsStore } from '../data-access/rounds-store';
import { ErrorDetails } from '../import/error-details';
import { AdminPageHeader } from '../layout/admin-page-header';
import { RoundFormComponent } from './round-form';
import { RoundStatusDialog, type RoundStatusData } from './round-status-dialog';
import { type RoundAction, RoundsTable } from './rounds-table';
import { SOURCE_NAMES } from './source-names';

/**
 * "Evalueringsrunder": the assessment rounds; a new round, changes to a round, and opening
 * and closing one after a confirmation.
 */
@Component({
  selector: 'll-rounds-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    ErrorDetails,
    RoundFormComponent,
    RoundsTable,
  ],
  providers: [RoundsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rounds-page.html',
  styleUrl: './rounds-page.scss',
})
export class RoundsPage {
  protected readonly store = inject(RoundsStore);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly statusBox = viewChild<ElementRef<HTMLElement>>('statusBox');
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');
  private readonly editorTitle = viewChild<ElementRef<HTMLElement>>('editorTitle');
  private readonly createForm = viewChild<RoundFormComponent>('createForm');

  protected readonly editingId = signal<string | null>(null);
  /** The round being edited, in a list of one so its form is made anew for another round. */
  protected readonly edited = computed(() =>
    this.store.rounds().filter((round) => round.id === this.editingId()),
  );
  protected readonly editionOf = (round: AssessmentRoundView) => this.store.editionOf(round);
  private readonly messages = pageFeedback(this.language);
  protected readonly feedback = this.messages.feedback;
  protected readonly successText = this.messages.successText;
  protected readonly errorFeedback = this.messages.errorFeedback;

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  /** What cannot change once a round is set up, said in one sentence above its form. */
  protected fixedText(round: AssessmentRoundView): string {
    const edition = this.store.editionOf(round);
    return this.language.t('admin.rounds.edit.fixed', {
      edition:
        edition === null
          ? this.language.t('admin.rounds.edition.unknown')
          : this.language.t('admin.rounds.edition', { edition }),
      start: formatLongDate(round.periodStart, this.language.lang()),
      sources: round.sources.map((source) => this.language.t(SOURCE_NAMES[source])).join(', '),
    });
  }

  protected async act(round: AssessmentRoundView, action: RoundAction): Promise<void> {
    if (action === 'edit') {
      this.feedback.set(null);
      this.editingId.set(round.id);
      afterNextRender(() => this.editorTitle()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    const data: RoundStatusData = {
      name: round.name,
      status: round.status === 'open' ? 'closed' : 'open',
    };
    const confirmed = await firstValueFrom(
      this.dialog
        .open<RoundStatusDialog, RoundStatusData, boolean>(RoundStatusDialog, {
          data,
          maxWidth: 'min(36rem, calc(100vw - 2rem))',
        })
        .afterClosed(),
    );
    if (confirmed !== true) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.update(round.id, { status: data.status });
    this.report(
      outcome,
      data.status === 'open' ? 'admin.rounds.opened' : 'admin.rounds.closed',
      'admin.rounds.notSaved',
    );
  }

  protected async save(
    round: AssessmentRoundView,
    request: UpdateAssessmentRoundRequest,
  ): Promise<void> {
    this.feedback.set(null);
    if (Object.keys(request).length === 0) {
      this.feedback.set({
        kind: 'success',
        key: 'admin.rounds.noChanges',
        params: { name: round.name },
      });
      afterNextRender(() => this.statusBox()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    const outcome = await this.store.update(round.id, request);
    if (outcome.ok) {
      this.editingId.set(null);
    }
    this.report(outcome, 'admin.rounds.saved', 'admin.rounds.notSaved');
  }

  protected closeEditor(): void {
    const id = this.editingId();
    this.editingId.set(null);
    if (id) {
      afterNextRender(() => this.document.getElementById(`round-${id}-edit`)?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected async create(request: CreateAssessmentRoundRequest): Promise<void> {
    this.feedback.set(null);
    const outcome = await this.store.create(request);
    if (outcome.ok) {
      this.createForm()?.reset();
    }
    this.report(outcome, 'admin.rounds.created', 'admin.rounds.notCreated');
  }

  private report(outcome: RoundOutcome, success: UiKey, failure: UiKey): void {
    this.feedback.set(
      outcome.ok
        ? { kind: 'success', key: success, params: { name: outcome.round.name } }
        : { kind: 'error', key: failure, failure: outcome.failure },
    );
    afterNextRender(
      () => (outcome.ok ? this.statusBox() : this.alertBox())?.nativeElement.focus(),
      { injector: this.injector },
    );
  }
}
