import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  type OnInit,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  ASSESSMENT_SOURCES,
  type AssessmentRoundView,
  type AssessmentSource,
  type CreateAssessmentRoundRequest,
  type FrameworkSummary,
  type UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import {
  MIN_RESPONDENTS,
  NAME_MAX,
  type RoundForm,
  WEIGHT,
  createRequest,
  roundForm,
  syncWeights,
  updateRequest,
} from './round-form-model';
import { SOURCE_NAMES } from './source-names';

/**
 * The fields of a round: a new round (no `round`), or the fields of an existing round the API
 * lets an administrator change (name, end date, anonymity limit, weights).
 */
@Component({
  selector: 'll-round-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-form.html',
  styleUrl: './round-form.scss',
})
export class RoundFormComponent implements OnInit {
  /** The round being edited; none for a new round. Read once: give each round its own form. */
  readonly round = input<AssessmentRoundView | null>(null);
  /** The editions a new round may assess, the one in force first. */
  readonly editions = input<readonly FrameworkSummary[]>([]);
  readonly busy = input(false);
  /** Prefix of the field ids, so two forms on one page do not share ids. */
  readonly idPrefix = input.required<string>();
  readonly created = output<CreateAssessmentRoundRequest>();
  /** The changed fields of the round; empty when nothing changed. */
  readonly changed = output<UpdateAssessmentRoundRequest>();
  readonly cancelled = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly sources = ASSESSMENT_SOURCES;
  protected readonly sourceNames = SOURCE_NAMES;
  protected readonly limits = { name: NAME_MAX, respondents: MIN_RESPONDENTS, weight: WEIGHT };
  protected readonly submitted = signal(false);
  protected form!: RoundForm;
  /** The sources whose weight is edited: those chosen (new round) or the round's own. */
  protected readonly chosen = signal<readonly AssessmentSource[]>([]);

  ngOnInit(): void {
    const round = this.round();
    this.form = roundForm(round ?? undefined);
    if (!round) {
      this.form.controls.frameworkId.setValue(this.defaultEdition());
    }
    this.form.controls.periodStart.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.form.controls.periodEnd.updateValueAndValidity());
    this.form.controls.sources.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        syncWeights(this.form);
        this.chosen.set(this.chosenSources());
      });
    this.chosen.set(this.chosenSources());
  }

  /** Empties a new-round form after the round was created: defaults, no errors shown. */
  reset(): void {
    // Leave the field first: blurring it later (focus moves to the message) would mark it touched.
    const active = this.host.nativeElement.ownerDocument.activeElement;
    if (active instanceof HTMLElement && this.host.nativeElement.contains(active)) {
      active.blur();
    }
    const fresh = roundForm().getRawValue();
    this.formDirective()?.resetForm({ ...fresh, frameworkId: this.defaultEdition() });
    syncWeights(this.form);
    this.chosen.set(this.chosenSources());
    this.submitted.set(false);
  }

  protected submit(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.busy()) {
      return;
    }
    if (this.form.invalid) {
      this.focusFirstProblem();
      return;
    }
    const round = this.round();
    if (round) {
      this.changed.emit(updateRequest(this.form, round));
    } else {
      this.created.emit(createRequest(this.form));
    }
  }

  private chosenSources(): AssessmentSource[] {
    const sources = this.form.controls.sources.getRawValue();
    return ASSESSMENT_SOURCES.filter((source) => sources[source]);
  }

  private defaultEdition(): string {
    const editions = this.editions();
    return (editions.find((edition) => edition.current) ?? editions[0])?.id ?? '';
  }

  /** Moves focus to the first field (or group of fields) that needs fixing. */
  private focusFirstProblem(): void {
    const root = this.host.nativeElement;
    let target = root.querySelector<HTMLElement>(
      '[formcontrolname].ng-invalid, [formgroupname].ng-invalid',
    );
    if (!target && this.form.hasError('allZero')) {
      target = root.querySelector<HTMLElement>('[formgroupname="weights"]');
    }
    const focusable =
      target?.matches('input, select') === true
        ? target
        : target?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled])');
    focusable?.focus();
  }
}
