import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BehaviourGroup } from '@lederloeft/contracts';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { RatingSheetStore } from '../data-access/rating-sheet-store';
import { answeredInStep, firstOpenStep } from '../data-access/rating-steps';
import { RatingProgress } from './rating-progress';
import { RatingQuestion, type RatingOption } from './rating-question';
import { saveErrorText } from './save-error-text';

interface FlowGroup {
  group: BehaviourGroup;
  title: UiKey;
  questions: { key: string; text: string }[];
}

interface FlowStep {
  key: string;
  title: string;
  behaviourKeys: string[];
  answered: number;
  groups: FlowGroup[];
}

const GROUP_TITLES: Record<'self' | 'manager', Record<BehaviourGroup, UiKey>> = {
  self: { frame: 'competency.frame.title', personal: 'competency.personal.title' },
  manager: { frame: 'assessment.frame.manager', personal: 'assessment.personal.manager' },
};

/**
 * The guided rating flow: one competency per step, each behaviour a radio group, answers saved
 * as they are chosen, then a summary. Needs a loaded RatingSheetStore from an ancestor and the
 * loaded framework, and starts at the first step with an unanswered behaviour.
 */
@Component({
  selector: 'll-rating-flow',
  imports: [MatButton, RouterLink, TranslatePipe, RatingProgress, RatingQuestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rating-flow.html',
  styleUrl: './rating-flow.scss',
})
export class RatingFlow {
  /** 2 on a page of its own; 3 inside a section of a page. */
  readonly headingLevel = input<2 | 3>(2);
  /** Where the summary links to see the result. */
  readonly resultsLink = input.required<string>();
  readonly resultsFragment = input<string | undefined>(undefined);
  /** Emitted when the summary is reached. */
  readonly finished = output<void>();

  protected readonly store = inject(RatingSheetStore);
  private readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly stepTitle = viewChild<ElementRef<HTMLElement>>('stepTitle');

  protected readonly steps = computed<FlowStep[]>(() => {
    const titles = GROUP_TITLES[this.store.source()];
    const ratings = this.store.ratings();
    return this.framework
      .competencies()
      .filter((competency) => competency.behaviours.length > 0)
      .map((competency) => {
        const behaviourKeys = competency.behaviours.map((behaviour) => behaviour.key);
        const groups = (['frame', 'personal'] as const)
          .map((group) => ({
            group,
            title: titles[group],
            questions: competency.behaviours
              .filter((behaviour) => behaviour.group === group)
              .map((behaviour) => ({
                key: behaviour.key,
                text: this.language.pick(behaviour.text) || behaviour.key,
              })),
          }))
          .filter((group) => group.questions.length > 0);
        return {
          key: competency.key,
          title: this.language.pick(competency.title) || competency.key,
          behaviourKeys,
          answered: answeredInStep({ behaviourKeys }, ratings),
          groups,
        };
      });
  });

  /** Index of the step shown; `steps().length` is the summary. */
  protected readonly current = signal(firstOpenStep(this.steps(), this.store.ratings()));
  protected readonly currentStep = computed(() => this.steps()[this.current()]);
  protected readonly onSummary = computed(() => this.current() >= this.steps().length);

  protected readonly options = computed<RatingOption[]>(() => [
    ...(this.store.round()?.scale ?? []).map((point) => ({
      id: String(point.value),
      value: point.value,
      label: this.language.pick(point.label),
    })),
    { id: 'na', value: null, label: this.language.t('assessment.cannotRate') },
  ]);

  protected readonly errorTexts = computed(() => {
    const texts: Partial<Record<string, string>> = {};
    for (const [key, failure] of Object.entries(this.store.saveErrors())) {
      texts[key] = saveErrorText(failure, this.store.source(), this.language);
    }
    return texts;
  });

  protected readonly openSteps = computed(() =>
    this.steps()
      .map((step, index) => ({
        index,
        title: step.title,
        count: step.behaviourKeys.length - step.answered,
      }))
      .filter((step) => step.count > 0),
  );

  /** Shows step `index` and moves focus to its heading, so the new step is read first. */
  protected goTo(index: number): void {
    const last = this.steps().length;
    const next = Math.max(0, Math.min(index, last));
    this.current.set(next);
    if (next === last) {
      this.finished.emit();
    }
    afterNextRender(() => this.stepTitle()?.nativeElement.focus(), { injector: this.injector });
  }
}
