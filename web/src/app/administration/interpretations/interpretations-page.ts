import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { OrgUnitKind } from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { InterpretationsStore } from '../data-access/interpretations-store';
import { AdminPageHeader } from '../layout/admin-page-header';
import { InterpretationItem } from './interpretation-item';
import type { UnitOption } from './unit-scope';

const KIND_NAMES: Readonly<Record<OrgUnitKind, UiKey>> = {
  kommune: 'admin.unitKind.kommune',
  fagomraade: 'admin.unitKind.fagomraade',
  afdeling: 'admin.unitKind.afdeling',
  enhed: 'admin.unitKind.enhed',
};

/** Two no-break spaces per level: the only indentation a native select keeps. */
const INDENT = '\u00a0\u00a0';

/**
 * "Lokale fortolkninger": choose a unit, then for each competency and behaviour of the edition
 * in force see the framework's text beside the unit's own reading of it, and write or delete it.
 */
@Component({
  selector: 'll-interpretations-page',
  imports: [
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    LocalizedPipe,
    TranslatePipe,
    AdminPageHeader,
    InterpretationItem,
  ],
  providers: [InterpretationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interpretations-page.html',
  styleUrl: './interpretations-page.scss',
})
export class InterpretationsPage {
  protected readonly store = inject(InterpretationsStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);

  protected readonly loadStatus = computed(() => {
    const framework = this.framework.status();
    const units = this.store.unitsStatus();
    if (units === 'error' || framework === 'error' || framework === 'empty') {
      return 'error';
    }
    return units === 'loaded' && framework === 'loaded' ? 'loaded' : 'loading';
  });

  /** "Børn og Unge" for a director; nothing for an admin, who may write for every unit. */
  protected readonly scopeNames = computed(() =>
    this.store.scopes() === 'all'
      ? ''
      : (this.auth
          .me()
          ?.directorScopes.map((scope) => scope.name)
          .join(', ') ?? ''),
  );

  constructor() {
    this.framework.load();
    this.store.loadUnits();
  }

  protected retry(): void {
    if (this.framework.status() !== 'loaded') {
      this.framework.retry();
    }
    if (this.store.unitsStatus() !== 'loaded') {
      this.store.loadUnits();
    }
  }

  protected optionText(option: UnitOption): string {
    const kind = this.language.t(KIND_NAMES[option.unit.kind] ?? 'admin.unitKind.enhed');
    return `${INDENT.repeat(option.depth)}${option.unit.name} (${kind})`;
  }
}
