import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { GapProfileStore } from '../data-access/gap-profile-store';
import type { GapSubject } from './gap-format';
import { GapProfile } from './gap-profile';

/**
 * Loads a leader's gap profile and shows it, or why there is nothing to show. Placed inside a
 * section that has its own heading.
 */
@Component({
  selector: 'll-gap-profile-panel',
  imports: [MatButton, MatProgressSpinner, TranslatePipe, GapProfile],
  providers: [GapProfileStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loaded') {
        @if (store.profile(); as profile) {
          <p class="ll-prose">
            {{
              (subject() === 'self' ? 'gapProfile.intro.self' : 'gapProfile.intro.other')
                | t: { round: profile.round.name }
            }}
          </p>
          <ll-gap-profile
            [profile]="profile"
            [competencies]="framework.competencies()"
            [subject]="subject()"
          />
        }
      }
      @case ('empty') {
        <div class="ll-callout" data-testid="gap-profile-empty">
          <p>
            <strong>{{ 'gapProfile.empty.title' | t }}</strong>
          </p>
          <p>{{ 'gapProfile.empty.text' | t }}</p>
        </div>
      }
      @case ('error') {
        <div class="ll-state ll-state--error">
          <p>
            <strong>{{ 'gapProfile.error.title' | t }}</strong>
          </p>
          <p role="alert">{{ 'gapProfile.error.text' | t }}</p>
          <button matButton="outlined" type="button" (click)="store.reload()">
            {{ 'assessment.retry' | t }}
          </button>
        </div>
      }
      @default {
        <div class="ll-state__loading" role="status">
          <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
          <span>{{ 'gapProfile.loading' | t }}</span>
        </div>
      }
    }
  `,
})
export class GapProfilePanel {
  readonly leaderId = input.required<string>();
  readonly subject = input<GapSubject>('self');
  /** Emitted once, when the first load has ended (a profile, empty or error). */
  readonly settled = output<void>();

  protected readonly store = inject(GapProfileStore);
  protected readonly framework = inject(FrameworkStore);

  /**
   * The texts come from the framework; if it cannot be had, the profile is still shown with
   * the keys, so only the profile's own state counts once the framework has answered.
   */
  protected readonly status = computed(() => {
    const framework = this.framework.status();
    if (framework === 'idle' || framework === 'loading') {
      return 'loading';
    }
    return this.store.status();
  });

  constructor() {
    this.framework.load();
    effect(() => {
      const leaderId = this.leaderId();
      untracked(() => this.store.load(leaderId));
    });
    let settled = false;
    effect(() => {
      if (!settled && this.status() !== 'loading' && this.store.status() !== 'idle') {
        settled = true;
        untracked(() => this.settled.emit());
      }
    });
  }

  /** Loads the profile again, e.g. after new answers were saved. */
  reload(): void {
    this.store.reload();
  }
}
