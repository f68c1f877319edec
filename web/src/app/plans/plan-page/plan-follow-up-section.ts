import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { FollowUpView, PlanItemView, PlanView } from '@lederloeft/contracts';
import { formatDate } from '../../catalogue/data-access/offer-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { formatDateTime, itemTitle } from './plan-format';

/**
 * "Opfølgning": the follow-up conversations with the manager, and per item the leader's
 * reflections and whether it is done. The page opens the dialogs and saves.
 */
@Component({
  selector: 'll-plan-follow-up-section',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-follow-up-section.html',
  styleUrl: './plan-follow-up-section.scss',
})
export class PlanFollowUpSection {
  readonly plan = input.required<PlanView>();
  /** The leader writes reflections and marks items done once the plan is agreed. */
  readonly followThrough = input.required<boolean>();
  readonly showItemProgress = input.required<boolean>();

  readonly editFollowUp = output<FollowUpView | null>();
  readonly removeFollowUp = output<FollowUpView>();
  readonly addNote = output<PlanItemView>();
  readonly markDone = output<PlanItemView>();
  readonly reopen = output<PlanItemView>();

  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;
  protected readonly itemTitle = itemTitle;
}
