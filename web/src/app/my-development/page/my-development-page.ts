import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../../auth/data-access/auth-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { MyDevelopmentStore } from '../data-access/my-development-store';
import { LeaderFactsCard } from '../leader-facts/leader-facts-card';
import { PersonalFoundationEditor } from '../personal-foundation/personal-foundation-editor';
import type { HasUnsavedChanges } from '../unsaved-changes.guard';

/** "Min udvikling": the signed-in leader's facts and personal leadership foundation. */
@Component({
  selector: 'll-my-development-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    LeaderFactsCard,
    PersonalFoundationEditor,
  ],
  providers: [MyDevelopmentStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-development-page.html',
})
export class MyDevelopmentPage implements HasUnsavedChanges {
  private readonly auth = inject(AuthStore);
  protected readonly store = inject(MyDevelopmentStore);
  private readonly editor = viewChild(PersonalFoundationEditor);

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

  hasUnsavedChanges(): boolean {
    return this.editor()?.dirty() ?? false;
  }
}
