import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { GapProfilePanel } from '../../assessment/gap-profile/gap-profile-panel';
import { AuthStore } from '../../auth/data-access/auth-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { focusSection } from '../../shell/focus-section';
import { MyDevelopmentStore } from '../data-access/my-development-store';
import { LeaderFactsCard } from '../leader-facts/leader-facts-card';
import { PersonalFoundationEditor } from '../personal-foundation/personal-foundation-editor';
import { SelfAssessmentCard } from '../self-assessment/self-assessment-card';
import type { HasUnsavedChanges } from '../unsaved-changes.guard';

/**
 * "Min udvikling": the signed-in leader's facts, the way into the self-assessment, their
 * competency gaps and their personal leadership foundation.
 */
@Component({
  selector: 'll-my-development-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    LeaderFactsCard,
    PersonalFoundationEditor,
    SelfAssessmentCard,
    GapProfilePanel,
  ],
  providers: [MyDevelopmentStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-development-page.html',
})
export class MyDevelopmentPage implements HasUnsavedChanges {
  private readonly auth = inject(AuthStore);
  protected readonly store = inject(MyDevelopmentStore);
  private readonly editor = viewChild(PersonalFoundationEditor);
  private readonly gapTitle = viewChild<ElementRef<HTMLElement>>('gapTitle');
  private readonly injector = inject(Injector);
  /** "#kompetencegab": come from the self-assessment's summary to see the gaps. */
  private readonly fragment = inject(ActivatedRoute).snapshot.fragment;

  /**
   * Who was signed in when the page opened (the guard made sure someone was). Kept, not
   * followed: if the session ends, the typed text stays on screen so it can be copied.
   */
  protected readonly me = this.auth.me();
  /** The account's leader record; null for accounts that are not leaders (e.g. HR). */
  protected readonly leaderId = this.me?.leaderId ?? null;

  constructor() {
    if (this.leaderId) {
      this.store.load(this.leaderId);
    }
  }

  /** The gaps load after the page: only then can "#kompetencegab" be scrolled to. */
  protected showGaps(): void {
    if (this.fragment === 'kompetencegab') {
      afterNextRender(() => focusSection(this.gapTitle()?.nativeElement), {
        injector: this.injector,
      });
    }
  }

  hasUnsavedChanges(): boolean {
    return this.editor()?.dirty() ?? false;
  }
}
