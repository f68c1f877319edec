import type { UiText } from '../ui-text';
import type { plansDa } from './plans.da';

/** English strings shared by every development-plan screen. */
export const plansEn: Record<keyof typeof plansDa, UiText> = {
  'nav.myPlan': 'My development plan',

  'plans.status.draft': 'Draft',
  'plans.status.submitted': 'Submitted for approval',
  'plans.status.approved': 'Approved',
  'plans.status.returned': 'Returned',
  'plans.status.active': 'In progress',
  'plans.status.completed': 'Completed',
  'plans.status.cancelled': 'Cancelled',

  'plans.action.submit': 'Submit for approval',
  'plans.action.approve': 'Approve',
  'plans.action.return': 'Return',
  'plans.action.activate': 'Start the plan',
  'plans.action.complete': 'Complete the plan',
  'plans.action.cancel': 'Cancel the plan',

  'plans.itemKind.offer': 'Offer from the catalogue',
  'plans.itemKind.on-the-job': 'Learning on the job',
  'plans.itemKind.other': 'Other',

  'plans.category.experience': 'Experience on the job (70)',
  'plans.category.others': 'Learning with others (20)',
  'plans.category.formal': 'Formal education (10)',

  'plans.seat.booked': 'Seat booked',
  'plans.seat.waiting': 'On the waiting list (no. {position})',
  'plans.seat.cancelled': 'Seat cancelled',

  'plans.download.pdf': 'Download as PDF',
  'plans.download.calendar': 'Download calendar (.ics)',
} satisfies Record<string, UiText>;
