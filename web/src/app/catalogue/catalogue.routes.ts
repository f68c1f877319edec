import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { titleKey } from '../i18n/title-key';
import {
  CATALOGUE_EDITORS,
  COVERAGE_READERS,
  catalogueRoleGuard,
  catalogueRoles,
} from './access/catalogue-access';
import { unsavedOfferGuard } from './editor/unsaved-offer.guard';

/**
 * Lazy routes of "Kursuskatalog", mounted at /kursuskatalog: the catalogue and its offers for
 * every signed-in person; the editor and the import for HR and administrators; the coverage
 * also for directors; a session's participant list for HR and administrators. Others see
 * "Ingen adgang".
 */
export const catalogueRoutes: Routes = [
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        title: titleKey('catalogue.title'),
        loadComponent: () => import('./list/catalogue-page').then((m) => m.CataloguePage),
      },
      {
        path: 'nyt',
        title: titleKey('catalogue.editor.newTitle'),
        data: catalogueRoles(CATALOGUE_EDITORS),
        canActivate: [catalogueRoleGuard],
        canDeactivate: [unsavedOfferGuard],
        loadComponent: () => import('./editor/offer-editor-page').then((m) => m.OfferEditorPage),
      },
      {
        path: 'import',
        title: titleKey('catalogue.import.title'),
        data: catalogueRoles(CATALOGUE_EDITORS),
        canActivate: [catalogueRoleGuard],
        loadComponent: () => import('./import/offer-import-page').then((m) => m.OfferImportPage),
      },
      {
        path: 'daekning',
        title: titleKey('catalogue.coverage.title'),
        data: catalogueRoles(COVERAGE_READERS),
        canActivate: [catalogueRoleGuard],
        loadComponent: () => import('./coverage/coverage-page').then((m) => m.CoveragePage),
      },
      {
        path: 'ingen-adgang',
        title: titleKey('admin.noAccess.title'),
        loadComponent: () =>
          import('./access/catalogue-no-access-page').then((m) => m.CatalogueNoAccessPage),
      },
      {
        path: ':offerId/hold/:sessionId/deltagere',
        title: titleKey('participants.title'),
        data: catalogueRoles(CATALOGUE_EDITORS),
        canActivate: [catalogueRoleGuard],
        loadComponent: () =>
          import('./participants/participants-page').then((m) => m.ParticipantsPage),
      },
      {
        path: ':id',
        title: titleKey('catalogue.title'),
        loadComponent: () => import('./offer/offer-page').then((m) => m.OfferPage),
      },
      {
        path: ':id/rediger',
        title: titleKey('catalogue.editor.editTitle'),
        data: catalogueRoles(CATALOGUE_EDITORS),
        canActivate: [catalogueRoleGuard],
        canDeactivate: [unsavedOfferGuard],
        loadComponent: () => import('./editor/offer-editor-page').then((m) => m.OfferEditorPage),
      },
    ],
  },
];
