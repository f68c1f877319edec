import type { Routes } from '@angular/router';
import { titleKey } from './i18n/title-key';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'ledelsesgrundlag' },
  {
    path: 'ledelsesgrundlag',
    loadChildren: () => import('./framework/framework.routes').then((m) => m.frameworkRoutes),
  },
  {
    path: 'log-ind',
    title: titleKey('auth.signIn'),
    loadComponent: () => import('./auth/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'min-udvikling',
    loadChildren: () =>
      import('./my-development/my-development.routes').then((m) => m.myDevelopmentRoutes),
  },
  {
    path: 'min-udviklingsplan',
    loadChildren: () => import('./plans/my-plan.routes').then((m) => m.myPlanRoutes),
  },
  {
    path: 'planer',
    loadChildren: () => import('./plans/plan.routes').then((m) => m.planRoutes),
  },
  {
    path: 'mit-team',
    loadChildren: () => import('./my-team/my-team.routes').then((m) => m.myTeamRoutes),
  },
  {
    path: 'kursuskatalog',
    loadChildren: () => import('./catalogue/catalogue.routes').then((m) => m.catalogueRoutes),
  },
  {
    path: 'overblik',
    loadChildren: () => import('./overview/overview.routes').then((m) => m.overviewRoutes),
  },
  {
    path: 'administration',
    loadChildren: () =>
      import('./administration/administration.routes').then((m) => m.administrationRoutes),
  },
  {
    path: '**',
    title: titleKey('notFound.title'),
    loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage),
  },
];
