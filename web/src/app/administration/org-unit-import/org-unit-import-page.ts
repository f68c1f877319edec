import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { OrgUnitImportView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { ImportApi } from '../data-access/import-api';
import { ImportFlow } from '../data-access/import-flow';
import { ImportPanel } from '../import/import-panel';
import { AdminPageHeader } from '../layout/admin-page-header';

/** The columns of an org unit file, with what goes in them. */
const COLUMNS: readonly { name: string; about: UiKey }[] = [
  { name: 'Enhed-ID', about: 'admin.orgUnitImport.column.id' },
  { name: 'Navn', about: 'admin.orgUnitImport.column.name' },
  { name: 'Type', about: 'admin.orgUnitImport.column.type' },
  { name: 'Overordnet enhed-ID', about: 'admin.orgUnitImport.column.parent' },
];

/** The rules of the tree a file describes. */
const RULES: readonly UiKey[] = [
  'admin.orgUnitImport.rule.levels',
  'admin.orgUnitImport.rule.update',
  'admin.orgUnitImport.rule.move',
];

/** "Importér enheder": the HR system's organisation tree in, after a preview of every change and error. */
@Component({
  selector: 'll-org-unit-import-page',
  imports: [TranslatePipe, AdminPageHeader, ImportPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-unit-import-page.html',
  styleUrl: '../import/import-page.scss',
})
export class OrgUnitImportPage {
  private readonly api = inject(ImportApi);
  private readonly language = inject(LanguageService);

  protected readonly columns = COLUMNS;
  protected readonly rules = RULES;
  protected readonly flow = new ImportFlow<OrgUnitImportView, OrgUnitImportView>({
    preview: (file) => this.api.previewOrgUnits(file),
    run: (file) => this.api.importOrgUnits(file),
  });

  protected readonly doneText = computed(() => {
    const result = this.flow.result();
    return result
      ? this.language.t('admin.orgUnitImport.done', {
          created: result.creates,
          updated: result.updates,
          unchanged: result.unchanged,
        })
      : null;
  });
}
