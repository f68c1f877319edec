import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { AccountView, LeaderAdminView } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../auth/data-access/auth-store';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import {
  type LeaderFilters,
  LeadersAdminStore,
  NO_FILTERS,
} from '../data-access/leaders-admin-store';
import { AdminPageHeader } from '../layout/admin-page-header';
import { LeaderAccountDialog, type LeaderAccountData } from './leader-account-dialog';
import { LeaderFormDialog, type LeaderFormData } from './leader-form-dialog';
import { type LeaderAction, LeadersTable } from './leaders-table';

const DIALOG_WIDTH = 'min(48rem, calc(100vw - 2rem))';

/**
 * "Ledere": every leader, searched and filtered on the server a page at a time. Administrators
 * create and edit leaders (in a dialog, with the import's rules) and give a leader without an
 * account a way to sign in; HR reads the list.
 */
@Component({
  selector: 'll-leaders-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    LocalizedPipe,
    TranslatePipe,
    AdminPageHeader,
    LeadersTable,
  ],
  providers: [LeadersAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leaders-page.html',
  styleUrl: './leaders-page.scss',
})
export class LeadersPage {
  protected readonly store = inject(LeadersAdminStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly language = inject(LanguageService);

  protected readonly canEdit = computed(() => this.auth.me()?.roles.includes('admin') === true);
  protected readonly successText = signal('');
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
    levelKey: new FormControl('', { nonNullable: true }),
    active: new FormControl<LeaderFilters['active']>('', { nonNullable: true }),
  });

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  protected search(): void {
    this.successText.set('');
    void this.store.search(this.filters.getRawValue());
  }

  protected clear(): void {
    this.filters.reset(NO_FILTERS);
    this.search();
  }

  protected goTo(page: number): void {
    void this.store.goTo(page);
  }

  /** Indents a unit below its parent with no-break spaces (a native select shows no tree). */
  protected unitLabel(depth: number, name: string): string {
    return `${'\u00a0\u00a0'.repeat(depth)}${name}`;
  }

  protected act(leader: LeaderAdminView, action: LeaderAction): void {
    if (action === 'edit') {
      void this.openForm(leader);
    } else {
      void this.openAccount(leader);
    }
  }

  protected async openForm(leader: LeaderAdminView | null): Promise<void> {
    this.successText.set('');
    const data: LeaderFormData = {
      leader,
      units: this.store.unitOptions(),
      levels: this.store.levels(),
      suggest: (q) => this.store.suggestManagers(q),
      save: (request) =>
        leader ? this.store.update(leader.id, request) : this.store.create(request),
    };
    const saved = await firstValueFrom(
      this.dialog
        .open<LeaderFormDialog, LeaderFormData, LeaderAdminView>(LeaderFormDialog, {
          data,
          width: DIALOG_WIDTH,
          maxWidth: DIALOG_WIDTH,
          autoFocus: '#leader-name',
        })
        .afterClosed(),
    );
    if (saved) {
      this.successText.set(
        this.language.t(leader ? 'admin.leaders.saved' : 'admin.leaders.created', {
          name: saved.name,
        }),
      );
    }
  }

  private async openAccount(leader: LeaderAdminView): Promise<void> {
    this.successText.set('');
    const data: LeaderAccountData = {
      leader,
      create: (password) => this.store.createAccount(leader, password),
    };
    const account = await firstValueFrom(
      this.dialog
        .open<LeaderAccountDialog, LeaderAccountData, AccountView>(LeaderAccountDialog, {
          data,
          maxWidth: DIALOG_WIDTH,
        })
        .afterClosed(),
    );
    if (account) {
      this.successText.set(
        this.language.t('admin.leaders.account.created', {
          name: leader.name,
          email: account.email,
        }),
      );
    }
  }
}
