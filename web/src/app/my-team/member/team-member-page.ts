import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { GapProfilePanel } from '../../assessment/gap-profile/gap-profile-panel';
import { RatingFlowPanel } from '../../assessment/rating-flow/rating-flow-panel';
import { AuthStore } from '../../auth/data-access/auth-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { focusSection } from '../../shell/focus-section';
import { LeaderFactsCard } from '../../my-development/leader-facts/leader-facts-card';
import { LeaderPlansPanel } from '../../plans/leader-plans/leader-plans-panel';
import { PageTitleService } from '../../shell/page-title.service';
import { TeamMemberStore } from '../data-access/team-member-store';

/**
 * One direct report: their facts, the manager's own assessment of them, and their gaps.
 * Anyone else's address shows "not in your team", whatever the reason.
 */
@Component({
  selector: 'll-team-member-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    GapProfilePanel,
    LeaderFactsCard,
    LeaderPlansPanel,
    RatingFlowPanel,
  ],
  providers: [TeamMemberStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-member-page.html',
})
export class TeamMemberPage {
  /** Route parameter `:leaderId`, bound by `withComponentInputBinding()`. */
  readonly leaderId = input.required<string>();

  protected readonly store = inject(TeamMemberStore);
  private readonly pageTitle = inject(PageTitleService);
  private readonly managerId = inject(AuthStore).me()?.leaderId ?? null;
  private readonly gaps = viewChild(GapProfilePanel);
  private readonly gapTitle = viewChild<ElementRef<HTMLElement>>('gapTitle');
  private readonly injector = inject(Injector);
  protected readonly hasManagerRecord = this.managerId !== null;

  constructor() {
    effect(() => {
      const leaderId = this.leaderId();
      untracked(() => {
        if (this.managerId) {
          this.store.load(leaderId, this.managerId);
        }
      });
    });
    effect(() => {
      const leader = this.store.leader();
      this.pageTitle.setPage(leader ? { da: leader.name, en: leader.name } : null);
    });
    inject(DestroyRef).onDestroy(() => this.pageTitle.setPage(null));
    // The summary's "Se lederens kompetencegab" links to #kompetencegab on this same page.
    inject(ActivatedRoute)
      .fragment.pipe(takeUntilDestroyed())
      .subscribe((fragment) => {
        if (fragment === 'kompetencegab') {
          afterNextRender(() => focusSection(this.gapTitle()?.nativeElement), {
            injector: this.injector,
          });
        }
      });
  }

  /** New answers change the combined levels: show them when the manager reaches the summary. */
  protected refreshGaps(): void {
    this.gaps()?.reload();
  }
}
