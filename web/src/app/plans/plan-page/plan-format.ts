import {
  type LearningCategory,
  OFFER_CATEGORY,
  type PlanAction,
  type PlanItemView,
  type PlanStatus,
} from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';

/** The 70-20-10 group an item is shown in. */
export type ItemGroup = LearningCategory;

export const ITEM_GROUPS: readonly ItemGroup[] = ['experience', 'others', 'formal'];

export const GROUP_LABELS: Readonly<Record<ItemGroup, UiKey>> = {
  experience: 'plans.category.experience',
  others: 'plans.category.others',
  formal: 'plans.category.formal',
};

/**
 * Offers by their kind (the planner's table); `other` items are learning with others
 * outside the catalogue (as in the PDF). An offer of unknown kind (deleted from the
 * catalogue since) counts as formal: that is what a catalogue offer most often is.
 */
export function itemGroup(item: Pick<PlanItemView, 'kind' | 'offerKind'>): ItemGroup {
  if (item.kind === 'on-the-job') return 'experience';
  if (item.kind === 'other') return 'others';
  return item.offerKind ? OFFER_CATEGORY[item.offerKind] : 'formal';
}

export const STATUS_LABELS: Readonly<Record<PlanStatus, UiKey>> = {
  draft: 'plans.status.draft',
  submitted: 'plans.status.submitted',
  approved: 'plans.status.approved',
  returned: 'plans.status.returned',
  active: 'plans.status.active',
  completed: 'plans.status.completed',
  cancelled: 'plans.status.cancelled',
};

export const ACTION_LABELS: Readonly<Record<PlanAction, UiKey>> = {
  submit: 'plans.action.submit',
  approve: 'plans.action.approve',
  return: 'plans.action.return',
  activate: 'plans.action.activate',
  complete: 'plans.action.complete',
  cancel: 'plans.action.cancel',
};

export const ACTION_DONE: Readonly<Record<PlanAction, UiKey>> = {
  submit: 'planPage.done.submit',
  approve: 'planPage.done.approve',
  return: 'planPage.done.return',
  activate: 'planPage.done.activate',
  complete: 'planPage.done.complete',
  cancel: 'planPage.done.cancel',
};

/** The item's name as people know it: the offer's title, or the activity's text. */
export function itemTitle(item: Pick<PlanItemView, 'kind' | 'offerTitle' | 'text'>): string {
  return item.kind === 'offer' ? (item.offerTitle ?? item.text) : item.text;
}

/** A timestamp as a Danish date and time, "27-11-2026 14.05" (local time). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()} ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}
