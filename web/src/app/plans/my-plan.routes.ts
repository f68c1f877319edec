import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';

/**
 * Lazy routes of "Min udviklingsplan", mounted at /min-udviklingsplan: the leader's own
 * plans and the proposal ("forslag") they are made from. Signed-in people only.
 */
export const myPlanRoutes: Routes = [
  {
    path: '',
    title: titleKey('nav.myPlan'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./my-plan/my-plans-page').then((m) => m.MyPlansPage),
  },
  {
    path: 'forslag',
    title: titleKey('proposal.title'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./my-plan/proposal-page').then((m) => m.ProposalPage),
  },
];
