import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { LeaderImportPreview, LeaderImportResult } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { ImportApi } from '../data-access/import-api';
import { ImportFlow } from '../data-access/import-flow';
import { ImportPanel } from '../import/import-panel';
import { AdminPageHeader } from '../layout/admin-page-header';
import { LeaderChanges } from './leader-changes';

/** The columns of a leader file, with what goes in them. */
const COLUMNS: readonly { name: string; about: UiKey }[] = [
  { name: 'Medarbejder-ID', about: 'admin.leaderImport.column.employeeId' },
  { name: 'Navn', about: 'admin.leaderImport.column.name' },
  { name: 'E-mail', about: 'admin.leaderImport.column.email' },
  { name: 'Stilling', about: 'admin.leaderImport.column.title' },
  { name: 'Lederniveau', about: 'admin.leaderImport.column.level' },
  { name: 'Enhed-ID', about: 'admin.leaderImport.column.unit' },
  { name: 'Leders e-mail', about: 'admin.leaderImport.column.manager' },
  { name: 'Startdato', about: 'admin.leaderImport.column.startDate' },
  { name: 'Aktiv', about: 'admin.leaderImport.column.active' },
];

/** "Importér ledere": the HR system's export in, after a preview that shows every change and error. */
@Component({
  selector: 'll-leader-import-page',
  imports: [TranslatePipe, AdminPageHeader, ImportPanel, LeaderChanges],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leader-import-page.html',
  styleUrl: '../import/import-page.scss',
})
export class LeaderImportPage {
  private readonly api = inject(ImportApi);
  private readonly language = inject(LanguageService);

  protected readonly columns = COLUMNS;
  protected readonly flow = new ImportFlow<LeaderImportPreview, LeaderImportResult>({
    preview: (file) => this.api.previewLeaders(file),
    run: (file) => this.api.importLeaders(file),
  });

  protected readonly doneText = computed(() => {
    const result = this.flow.result();
    return result ? this.language.t('admin.leaderImport.done', { ...result }) : null;
  });
}
