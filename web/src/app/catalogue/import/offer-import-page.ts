import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OfferImportResult } from '@lederloeft/contracts';
import { ImportFlow } from '../../administration/data-access/import-flow';
import { ImportPanel } from '../../administration/import/import-panel';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { CatalogueApi, templateUrl } from '../data-access/catalogue-api';
import { OfferImportChanges } from './offer-import-changes';

/** The columns of the catalogue spreadsheet, as the template names them. */
export const IMPORT_COLUMNS: readonly { name: string; about: UiKey }[] = [
  { name: 'Kode', about: 'catalogue.import.column.code' },
  { name: 'Titel', about: 'catalogue.import.column.title' },
  { name: 'Type', about: 'catalogue.import.column.kind' },
  { name: 'Udbyder', about: 'catalogue.import.column.provider' },
  { name: 'Beskrivelse', about: 'catalogue.import.column.description' },
  { name: 'Form', about: 'catalogue.import.column.format' },
  { name: 'Sprog', about: 'catalogue.import.column.language' },
  { name: 'Sted', about: 'catalogue.import.column.location' },
  { name: 'Timer', about: 'catalogue.import.column.hours' },
  { name: 'Pris (kr.)', about: 'catalogue.import.column.price' },
  { name: 'Pris inkl. moms', about: 'catalogue.import.column.yesNo' },
  { name: 'Vejledende pris', about: 'catalogue.import.column.yesNo' },
  { name: 'ECTS', about: 'catalogue.import.column.ects' },
  { name: 'Lederniveauer', about: 'catalogue.import.column.levels' },
  { name: 'Forudsætninger', about: 'catalogue.import.column.prerequisites' },
  { name: 'Efter behov', about: 'catalogue.import.column.onDemand' },
  { name: 'Status', about: 'catalogue.import.column.status' },
  { name: 'Kontaktperson', about: 'catalogue.import.column.contactName' },
  { name: 'Kontakt e-mail', about: 'catalogue.import.column.contactEmail' },
  {
    name: 'Handlekraft; Borgerne i centrum; På tværs; Hedekraft',
    about: 'catalogue.import.column.competencies',
  },
  { name: 'Adfærd', about: 'catalogue.import.column.behaviours' },
  { name: 'Forløb start; Forløb slut', about: 'catalogue.import.column.sessionDates' },
  { name: 'Forløb sted', about: 'catalogue.import.column.sessionPlace' },
  { name: 'Pladser', about: 'catalogue.import.column.capacity' },
  { name: 'Tilmeldingsfrist', about: 'catalogue.import.column.deadline' },
  { name: 'Optaget; Venteliste', about: 'catalogue.import.column.taken' },
];

/**
 * "Importér tilbud" (HR, administrators): the template, the file, a preview with every error
 * by row and column, then the import, all or nothing. The administration's import panel.
 */
@Component({
  selector: 'll-offer-import-page',
  imports: [RouterLink, TranslatePipe, ImportPanel, OfferImportChanges],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './offer-import-page.html',
  styleUrls: ['../../administration/import/import-page.scss', './offer-import-page.scss'],
})
export class OfferImportPage {
  private readonly api = inject(CatalogueApi);
  private readonly language = inject(LanguageService);

  protected readonly columns = IMPORT_COLUMNS;
  protected readonly templateXlsx = templateUrl('xlsx');
  protected readonly templateCsv = templateUrl('csv');
  protected readonly flow = new ImportFlow<OfferImportResult, OfferImportResult>({
    preview: (file) => this.api.previewImport(file),
    run: (file) => this.api.runImport(file),
  });

  protected readonly doneText = computed(() => {
    const result = this.flow.result();
    return result
      ? this.language.t('catalogue.import.done', {
          created: result.creates,
          updated: result.updates,
          unchanged: result.unchanged,
          sessions: result.sessions,
        })
      : null;
  });
}
