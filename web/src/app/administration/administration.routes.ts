import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';
import { unsavedChangesGuard } from '../my-development/unsaved-changes.guard';
import { adminRoleGuard } from './access/admin-role.guard';
import type { AdminSectionKey } from './access/admin-sections';

function section(key: AdminSectionKey): { section: AdminSectionKey } {
  return { section: key };
}

/**
 * Lazy routes of "Administration", mounted at /administration: signed-in people with the
 * role a page needs (admin, hr or director); others see "Ingen adgang".
 */
export const administrationRoutes: Routes = [
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        title: titleKey('nav.administration'),
        canActivate: [adminRoleGuard],
        loadComponent: () =>
          import('./overview/administration-overview-page').then(
            (m) => m.AdministrationOverviewPage,
          ),
      },
      {
        path: 'ledere',
        title: titleKey('admin.leaders.title'),
        data: section('leaders'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./leaders/leaders-page').then((m) => m.LeadersPage),
      },
      {
        path: 'enheder',
        title: titleKey('admin.orgUnits.title'),
        data: section('org-units'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./org-units/org-units-page').then((m) => m.OrgUnitsPage),
      },
      {
        path: 'import-enheder',
        title: titleKey('admin.orgUnitImport.title'),
        data: section('org-unit-import'),
        canActivate: [adminRoleGuard],
        loadComponent: () =>
          import('./org-unit-import/org-unit-import-page').then((m) => m.OrgUnitImportPage),
      },
      {
        path: 'import-ledere',
        title: titleKey('admin.leaderImport.title'),
        data: section('leader-import'),
        canActivate: [adminRoleGuard],
        loadComponent: () =>
          import('./leader-import/leader-import-page').then((m) => m.LeaderImportPage),
      },
      {
        path: 'evalueringsrunder',
        title: titleKey('admin.rounds.title'),
        data: section('rounds'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./rounds/rounds-page').then((m) => m.RoundsPage),
      },
      {
        path: 'import-lederevaluering',
        title: titleKey('admin.evaluationImport.title'),
        data: section('evaluation-import'),
        canActivate: [adminRoleGuard],
        loadComponent: () =>
          import('./evaluation-import/evaluation-import-page').then((m) => m.EvaluationImportPage),
      },
      {
        path: 'trivselsmaaling',
        title: titleKey('admin.survey.title'),
        data: section('survey'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./survey/survey-page').then((m) => m.SurveyPage),
      },
      {
        path: 'maalprofiler',
        title: titleKey('admin.targets.title'),
        data: section('target-profiles'),
        canActivate: [adminRoleGuard],
        loadComponent: () =>
          import('./target-profiles/target-profiles-page').then((m) => m.TargetProfilesPage),
      },
      {
        path: 'fortolkninger',
        title: titleKey('admin.interpretations.title'),
        data: section('interpretations'),
        canActivate: [adminRoleGuard],
        loadComponent: () =>
          import('./interpretations/interpretations-page').then((m) => m.InterpretationsPage),
      },
      {
        path: 'ledelsesgrundlag',
        title: titleKey('admin.editions.title'),
        data: section('editions'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./editions/editions-page').then((m) => m.EditionsPage),
      },
      {
        path: 'ledelsesgrundlag/:id/rediger',
        title: titleKey('admin.draftEditor.title'),
        data: section('editions'),
        canActivate: [adminRoleGuard],
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./draft-editor/draft-editor-page').then((m) => m.DraftEditorPage),
      },
      {
        path: 'konti',
        title: titleKey('admin.accounts.title'),
        data: section('accounts'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./accounts/accounts-page').then((m) => m.AccountsPage),
      },
      {
        path: 'strategiske-prioriteter',
        title: titleKey('admin.priorities.title'),
        data: section('strategic-priorities'),
        canActivate: [adminRoleGuard],
        loadComponent: () => import('./priorities/priorities-page').then((m) => m.PrioritiesPage),
      },
      {
        path: 'ingen-adgang',
        title: titleKey('admin.noAccess.title'),
        loadComponent: () => import('./access/no-access-page').then((m) => m.NoAccessPage),
      },
    ],
  },
];
