import type { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';
import {
  DEMAND_READERS,
  OVERVIEW_READERS,
  SCENARIO_USERS,
  overviewRoleGuard,
} from './access/overview-access';

/**
 * Lazy routes of "Overblik", mounted at /overblik: the heatmap (directors, HR,
 * administrators, managers for their team), HR's demand and the scenario page. ECharts is
 * loaded with these routes only, as a separate chunk; no inline script (CSP script-src 'self').
 */
export const overviewRoutes: Routes = [
  {
    path: '',
    canActivate: [signedInGuard],
    providers: [provideEchartsCore({ echarts: () => import('echarts') })],
    children: [
      {
        path: '',
        title: titleKey('overview.title'),
        data: { roles: OVERVIEW_READERS },
        canActivate: [overviewRoleGuard],
        loadComponent: () => import('./page/overview-page').then((m) => m.OverviewPage),
      },
      {
        path: 'efterspoergsel',
        title: titleKey('overview.demand.title'),
        data: { roles: DEMAND_READERS },
        canActivate: [overviewRoleGuard],
        loadComponent: () => import('./demand/demand-page').then((m) => m.DemandPage),
      },
      {
        path: 'scenarie',
        title: titleKey('overview.scenario.title'),
        data: { roles: SCENARIO_USERS },
        canActivate: [overviewRoleGuard],
        loadComponent: () => import('./scenario/scenario-page').then((m) => m.ScenarioPage),
      },
      {
        path: 'ingen-adgang',
        title: titleKey('admin.noAccess.title'),
        loadComponent: () =>
          import('./access/overview-no-access-page').then((m) => m.OverviewNoAccessPage),
      },
    ],
  },
];
