import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { AssessmentRoundView, EmployeeResultsImportView } from '@lederloeft/contracts';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { formatLongDate } from '../../i18n/translate';
import { ImportApi } from '../data-access/import-api';
import { ImportFlow } from '../data-access/import-flow';
import { ImportPanel } from '../import/import-panel';
import { AdminPageHeader } from '../layout/admin-page-header';

type LoadStatus = 'loading' | 'loaded' | 'error';

/**
 * "Importér lederevaluering": the employees' answers from a survey tool, aggregated by the API
 * into counts per leader and behaviour in the chosen round.
 */
@Component({
  selector: 'll-evaluation-import-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    ImportPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation-import-page.html',
  styleUrl: '../import/import-page.scss',
})
export class EvaluationImportPage {
  private readonly api = inject(ImportApi);
  private readonly language = inject(LanguageService);
  protected readonly framework = inject(FrameworkStore);

  protected readonly status = signal<LoadStatus>('loading');
  protected readonly rounds = signal<AssessmentRoundView[]>([]);
  protected readonly roundId = signal<string | null>(null);
  protected readonly round = computed(
    () => this.rounds().find((round) => round.id === this.roundId()) ?? null,
  );
  protected readonly behaviours = computed(() =>
    this.framework.competencies().flatMap((competency) => competency.behaviours),
  );
  protected readonly exampleKey = computed(() => this.behaviours()[0]?.key ?? 'handlekraft.…');

  protected readonly flow = new ImportFlow<EmployeeResultsImportView, EmployeeResultsImportView>({
    preview: (file) => this.api.previewEmployeeResults(this.roundId() ?? '', file),
    run: (file) => this.api.importEmployeeResults(this.roundId() ?? '', file),
  });

  protected readonly doneText = computed(() => {
    const result = this.flow.result();
    return result
      ? this.language.t('admin.evaluationImport.done', {
          responses: result.responses,
          leaders: result.leaders,
          results: result.results,
        })
      : null;
  });

  constructor() {
    this.framework.load();
    this.loadRounds();
  }

  protected loadRounds(): void {
    this.status.set('loading');
    this.api.getRounds().subscribe({
      next: (rounds) => {
        this.rounds.set(rounds);
        // The open round is the one results usually belong to.
        this.roundId.set(
          (rounds.find((round) => round.status === 'open') ?? rounds[0])?.id ?? null,
        );
        this.status.set('loaded');
      },
      error: () => this.status.set('error'),
    });
  }

  protected roundLabel(round: AssessmentRoundView): string {
    const lang = this.language.lang();
    const label = this.language.t('assessment.round', {
      name: round.name,
      start: formatLongDate(round.periodStart, lang),
      end: formatLongDate(round.periodEnd, lang),
    });
    return round.status === 'closed'
      ? this.language.t('admin.evaluationImport.roundClosed', { round: label })
      : label;
  }

  protected chooseRound(id: string): void {
    this.roundId.set(id);
    this.flow.restart();
  }
}
