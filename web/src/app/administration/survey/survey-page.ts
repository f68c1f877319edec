import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { AssessmentRoundView, SurveyImportView } from '@lederloeft/contracts';
import { map, tap } from 'rxjs';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { formatLongDate } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { ImportFlow } from '../data-access/import-flow';
import { SurveyApi } from '../data-access/survey-api';
import { SurveyStore } from '../data-access/survey-store';
import { ImportPanel } from '../import/import-panel';
import { AdminPageHeader } from '../layout/admin-page-header';
import { SurveyMapping } from './survey-mapping';

/** The survey's own scale as the API accepts it (`?scaleMax=`): a whole number 1-9999. */
export const SCALE = { default: 100, min: 1, max: 9999 } as const;

function wholeNumber(control: AbstractControl<number | null>): { integer: true } | null {
  return control.value === null || Number.isInteger(control.value) ? null : { integer: true };
}

/** The survey file's columns as the API reads them (libs/domain SURVEY_COLUMNS). */
const COLUMNS = [
  { name: 'Enhed-ID', text: 'admin.survey.column.unit' },
  { name: 'Spørgsmål-ID', text: 'admin.survey.column.itemCode' },
  { name: 'Spørgsmål', text: 'admin.survey.column.itemText' },
  { name: 'Score', text: 'admin.survey.column.score' },
  { name: 'Besvarelser', text: 'admin.survey.column.respondents' },
] as const;

/**
 * "Trivselsmåling": the wellbeing survey's item scores per unit, imported into a round with
 * the survey's scale, and which competency each item is evidence for.
 */
@Component({
  selector: 'll-survey-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    ImportPanel,
    SurveyMapping,
  ],
  providers: [SurveyStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-page.html',
  styleUrls: ['../import/import-page.scss', './survey-page.scss'],
})
export class SurveyPage {
  protected readonly store = inject(SurveyStore);
  private readonly api = inject(SurveyApi);
  private readonly language = inject(LanguageService);
  protected readonly framework = inject(FrameworkStore);

  protected readonly columns = COLUMNS;
  protected readonly scaleLimits = SCALE;
  protected readonly status = computed(() => {
    const items = this.store.status();
    const framework = this.framework.status();
    if (items === 'error' || framework === 'error') {
      return 'error';
    }
    return items === 'loaded' && framework !== 'idle' && framework !== 'loading'
      ? 'loaded'
      : 'loading';
  });

  private readonly chosenRound = signal<string | null>(null);
  /** The chosen round, or the open one the results usually belong to. */
  protected readonly roundId = computed(() => {
    const rounds = this.store.rounds();
    const chosen = this.chosenRound();
    if (chosen && rounds.some((round) => round.id === chosen)) {
      return chosen;
    }
    return (rounds.find((round) => round.status === 'open') ?? rounds[0])?.id ?? null;
  });
  protected readonly round = computed(
    () => this.store.rounds().find((round) => round.id === this.roundId()) ?? null,
  );

  protected readonly scale = new FormControl<number | null>(SCALE.default, {
    validators: [
      Validators.required,
      wholeNumber,
      Validators.min(SCALE.min),
      Validators.max(SCALE.max),
    ],
  });
  private readonly scaleValid = toSignal(
    this.scale.statusChanges.pipe(map((status) => status === 'VALID')),
    { initialValue: true },
  );
  protected readonly ready = computed(() => this.roundId() !== null && this.scaleValid());

  protected readonly flow = new ImportFlow<SurveyImportView, SurveyImportView>({
    preview: (file) =>
      this.api.preview(this.roundId() ?? '', file, this.scale.value ?? SCALE.default),
    run: (file) =>
      this.api
        .import(this.roundId() ?? '', file, this.scale.value ?? SCALE.default)
        // New items arrive with an import: show them in the mapping below.
        .pipe(tap(() => void this.store.reloadItems())),
  });

  protected readonly doneText = computed(() => {
    const result = this.flow.result();
    return result
      ? this.language.t('admin.survey.done', {
          rows: result.rows,
          units: result.units,
          items: result.items,
        })
      : null;
  });

  constructor() {
    this.framework.load();
    void this.store.load();
    // A preview made with another scale says nothing about this one.
    this.scale.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.scale.markAsTouched();
      this.flow.restart();
    });
  }

  protected retry(): void {
    this.framework.load();
    void this.store.load();
  }

  protected roundLabel(round: AssessmentRoundView): string {
    const lang = this.language.lang();
    const label = this.language.t('assessment.round', {
      name: round.name,
      start: formatLongDate(round.periodStart, lang),
      end: formatLongDate(round.periodEnd, lang),
    });
    return round.status === 'closed'
      ? this.language.t('admin.survey.roundClosed', { round: label })
      : label;
  }

  protected chooseRound(id: string): void {
    this.chosenRound.set(id);
    this.flow.restart();
  }

  /** The preview's unmapped items that are still unmapped: the mapping below may change. */
  protected stillUnmapped(codes: readonly string[]): string[] {
    const items = this.store.items();
    return codes.filter((code) => !items.find((item) => item.code === code)?.competencyKey);
  }

  protected unmappedText(codes: readonly string[]): string {
    return this.language.t('admin.survey.unmapped', {
      count: codes.length,
      codes: codes.join(', '),
    });
  }
}
