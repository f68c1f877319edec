import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';

/**
 * Lazy routes mounted at /planer: the manager's approval inbox, and one plan
 * (`/planer/:planId`), the same page for the leader, the managers above (review, approval)
 * and follow-up; the API decides what each may do.
 */
export const planRoutes: Routes = [
  {
    path: '',
    title: titleKey('planInbox.title'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./inbox/plan-inbox-page').then((m) => m.PlanInboxPage),
  },
  {
    path: ':planId',
    title: titleKey('planPage.eyebrow'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./plan-page/plan-page').then((m) => m.PlanPage),
  },
];
