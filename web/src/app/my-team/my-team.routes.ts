import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';

/** Lazy routes of "Mit team", mounted at /mit-team; signed-in people only. */
export const myTeamRoutes: Routes = [
  {
    path: '',
    title: titleKey('nav.myTeam'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./list/my-team-page').then((m) => m.MyTeamPage),
  },
  {
    path: ':leaderId',
    title: titleKey('nav.myTeam'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./member/team-member-page').then((m) => m.TeamMemberPage),
  },
];
