import type { Routes } from '@angular/router';
import { titleKey } from './i18n/title-key';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'ledelsesgrundlag' },
  {
    path: 'ledelsesgrundlag',
    loadChildren: () => import('./framework/framework.routes').then((m) => m.frameworkRoutes),
  },
  {
    path: '**',
    title: titleKey('notFound.title'),
    loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage),
  },
];
