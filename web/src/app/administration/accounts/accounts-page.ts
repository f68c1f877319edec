import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { AccountView, CreateAccountRequest } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { pageFeedback } from '../data-access/page-feedback';
import { type AccountOutcome, AccountsStore } from '../data-access/accounts-store';
import { ErrorDetails } from '../import/error-details';
import { AdminPageHeader } from '../layout/admin-page-header';
import { type AccountAction, AccountsTable } from './accounts-table';
import { ConfirmActiveDialog, type ConfirmActiveData } from './confirm-active-dialog';
import { CreateAccountForm } from './create-account-form';
import { PasswordEditor } from './password-editor';
import { RolesEditor } from './roles-editor';
import type { GrantedRoleRequest } from './roles-form';

/** The row whose roles or password is being edited. */
interface Editing {
  id: string;
  action: 'roles' | 'password';
}

/** "Konti": every account, searchable; roles, password and active status per account; new staff accounts. */
@Component({
  selector: 'll-accounts-page',
  imports: [
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    AccountsTable,
    CreateAccountForm,
    ErrorDetails,
    PasswordEditor,
    RolesEditor,
  ],
  providers: [AccountsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accounts-page.html',
  styleUrl: './accounts-page.scss',
})
export class AccountsPage {
  protected readonly store = inject(AccountsStore);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly statusBox = viewChild<ElementRef<HTMLElement>>('statusBox');
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');
  private readonly editorTitle = viewChild<ElementRef<HTMLElement>>('editorTitle');
  private readonly createForm = viewChild(CreateAccountForm);

  protected readonly editing = signal<Editing | null>(null);
  protected readonly edited = computed(() => {
    const editing = this.editing();
    const account = editing && this.store.accounts().find((a) => a.id === editing.id);
    return editing && account ? { account, action: editing.action } : null;
  });
  private readonly messages = pageFeedback(this.language);
  protected readonly feedback = this.messages.feedback;
  protected readonly successText = this.messages.successText;
  protected readonly errorFeedback = this.messages.errorFeedback;

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  protected search(value: string): void {
    this.store.query.set(value);
  }

  protected async act(account: AccountView, action: AccountAction): Promise<void> {
    if (action !== 'active') {
      this.feedback.set(null);
      this.editing.set({ id: account.id, action });
      afterNextRender(() => this.editorTitle()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    const data: ConfirmActiveData = { name: account.name, active: !account.active };
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmActiveDialog, ConfirmActiveData, boolean>(ConfirmActiveDialog, {
          data,
          maxWidth: 'min(36rem, calc(100vw - 2rem))',
        })
        .afterClosed(),
    );
    if (confirmed !== true) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.update(account.id, { active: data.active });
    this.report(
      outcome,
      data.active ? 'admin.accounts.activated' : 'admin.accounts.deactivated',
      'admin.accounts.notSaved',
    );
  }

  protected async saveRoles(
    account: AccountView,
    grantedRoles: GrantedRoleRequest[],
  ): Promise<void> {
    this.feedback.set(null);
    const outcome = await this.store.update(account.id, { grantedRoles });
    this.closeEditorOn(outcome);
    this.report(outcome, 'admin.accounts.rolesSaved', 'admin.accounts.notSaved');
  }

  protected async savePassword(account: AccountView, password: string): Promise<void> {
    this.feedback.set(null);
    const outcome = await this.store.update(account.id, { password });
    this.closeEditorOn(outcome);
    this.report(outcome, 'admin.accounts.passwordSaved', 'admin.accounts.notSaved');
  }

  protected closeEditor(): void {
    const editing = this.editing();
    this.editing.set(null);
    if (editing) {
      afterNextRender(
        () => this.document.getElementById(`account-${editing.id}-${editing.action}`)?.focus(),
        { injector: this.injector },
      );
    }
  }

  protected async create(request: CreateAccountRequest): Promise<void> {
    this.feedback.set(null);
    const outcome = await this.store.create(request);
    if (outcome.ok) {
      this.createForm()?.reset();
    }
    this.report(outcome, 'admin.accounts.created', 'admin.accounts.notCreated');
  }

  private closeEditorOn(outcome: AccountOutcome): void {
    if (outcome.ok) {
      this.editing.set(null);
    }
  }

  private report(outcome: AccountOutcome, success: UiKey, failure: UiKey): void {
    this.feedback.set(
      outcome.ok
        ? { kind: 'success', key: success, params: { name: outcome.account.name } }
        : { kind: 'error', key: failure, failure: outcome.failure },
    );
    afterNextRender(
      () => (outcome.ok ? this.statusBox() : this.alertBox())?.nativeElement.focus(),
      { injector: this.injector },
    );
  }
}
