import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';
import { unsavedChangesGuard } from './unsaved-changes.guard';

/** Lazy routes of "Min udvikling", mounted at /min-udvikling; signed-in people only. */
export const myDevelopmentRoutes: Routes = [
  {
    path: '',
    title: titleKey('nav.myDevelopment'),
    canActivate: [signedInGuard],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./page/my-development-page').then((m) => m.MyDevelopmentPage),
  },
  {
    path: 'selvvurdering',
    title: titleKey('nav.myDevelopment'),
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./self-assessment/self-assessment-page').then((m) => m.SelfAssessmentPage),
  },
];
