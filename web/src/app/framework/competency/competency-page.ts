import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { BehaviourView, CompetencyView } from '@lederloeft/contracts';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { LanguageService } from '../../i18n/language.service';
import { PageTitleService } from '../../shell/page-title.service';
import { paragraphs } from '../../text/paragraphs';
import { FrameworkStore } from '../data-access/framework-store';
import { InterpretationsStore } from '../data-access/interpretations-store';
import { LocalInterpretationNote } from '../interpretation/local-interpretation-note';
import { FrameworkLoadState } from '../load-state/framework-load-state';

/**
 * One competency: description, "Fordi", behaviours by group, dogmas, previous/next; for a
 * signed-in leader also the local interpretations of their units.
 */
@Component({
  selector: 'll-competency-page',
  imports: [RouterLink, LocalizedPipe, TranslatePipe, FrameworkLoadState, LocalInterpretationNote],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './competency-page.html',
  styleUrl: './competency-page.scss',
})
export class CompetencyPage {
  /** Route parameter `:key`, bound by `withComponentInputBinding()`. */
  readonly key = input.required<string>();

  protected readonly store = inject(FrameworkStore);
  protected readonly interpretations = inject(InterpretationsStore);
  private readonly language = inject(LanguageService);
  private readonly pageTitle = inject(PageTitleService);

  private readonly index = computed(() =>
    this.store.competencies().findIndex((competency) => competency.key === this.key()),
  );
  protected readonly competency = computed<CompetencyView | undefined>(
    () => this.store.competencies()[this.index()],
  );
  protected readonly position = computed(() => this.index() + 1);
  protected readonly total = computed(() => this.store.competencies().length);
  protected readonly previous = computed(() =>
    this.index() > 0 ? this.store.competencies()[this.index() - 1] : undefined,
  );
  protected readonly next = computed(() =>
    this.index() >= 0 ? this.store.competencies()[this.index() + 1] : undefined,
  );
  protected readonly frameBehaviours = computed(() => this.behaviours('frame'));
  protected readonly personalBehaviours = computed(() => this.behaviours('personal'));
  protected readonly description = computed(() =>
    paragraphs(this.language.pick(this.competency()?.description)),
  );

  constructor() {
    this.store.load();
    effect(() => this.interpretations.load());
    effect(() => {
      if (this.store.status() !== 'loaded') {
        this.pageTitle.setPage(null);
        return;
      }
      this.pageTitle.setPage(this.competency()?.title ?? 'competency.notFound.title');
    });
    inject(DestroyRef).onDestroy(() => this.pageTitle.setPage(null));
  }

  private behaviours(group: BehaviourView['group']): BehaviourView[] {
    return this.competency()?.behaviours.filter((behaviour) => behaviour.group === group) ?? [];
  }
}
