import type { Routes } from '@angular/router';
import { titleKey } from '../i18n/title-key';

/** Lazy routes of "Ledelsesgrundlaget", mounted at /ledelsesgrundlag. */
export const frameworkRoutes: Routes = [
  {
    path: '',
    title: titleKey('nav.framework'),
    loadComponent: () =>
      import('./overview/framework-overview-page').then((m) => m.FrameworkOverviewPage),
  },
  {
    path: ':key',
    title: titleKey('nav.framework'),
    loadComponent: () => import('./competency/competency-page').then((m) => m.CompetencyPage),
  },
];
