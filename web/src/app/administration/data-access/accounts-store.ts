import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AccountView,
  CreateAccountRequest,
  OrgUnitView,
  UpdateAccountRequest,
} from '@lederloeft/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { type UnitOption, unitsInScope } from '../interpretations/unit-scope';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { AccountsApi } from './accounts-api';

export type AccountOutcome =
  | { ok: true; account: AccountView }
  | { ok: false; failure: AdminFailure };

/** Whether a name or e-mail matches what the person searches for (case and accents as typed). */
export function matchesQuery(account: AccountView, query: string): boolean {
  const wanted = query.trim().toLocaleLowerCase('da');
  return (
    !wanted ||
    account.name.toLocaleLowerCase('da').includes(wanted) ||
    account.email.toLocaleLowerCase('da').includes(wanted)
  );
}

/** The signal store of "Konti": the accounts, the org units, a search, and the writes. */
@Injectable()
export class AccountsStore {
  private readonly api = inject(AccountsApi);

  private readonly accountList = signal<AccountView[]>([]);
  private readonly units = signal<OrgUnitView[]>([]);
  readonly status = signal<'loading' | 'loaded' | 'error'>('loading');
  readonly query = signal('');
  /** True while a write is under way; one at a time. */
  readonly busy = signal(false);

  readonly accounts = this.accountList.asReadonly();
  readonly unitOptions = computed<UnitOption[]>(() => unitsInScope(this.units(), 'all'));
  readonly filtered = computed(() =>
    this.accountList().filter((account) => matchesQuery(account, this.query())),
  );

  async load(): Promise<void> {
    this.status.set('loading');
    try {
      const { accounts, units } = await firstValueFrom(
        forkJoin({ accounts: this.api.list(), units: this.api.getOrgUnits() }),
      );
      this.accountList.set(accounts);
      this.units.set(units);
      this.status.set('loaded');
    } catch {
      this.status.set('error');
    }
  }

  create(request: CreateAccountRequest): Promise<AccountOutcome> {
    return this.write(this.api.create(request), (account) =>
      this.accountList.update((list) => [...list, account]),
    );
  }

  update(id: string, request: UpdateAccountRequest): Promise<AccountOutcome> {
    return this.write(this.api.update(id, request), (account) =>
      this.accountList.update((list) => list.map((a) => (a.id === account.id ? account : a))),
    );
  }

  private async write(
    request: ReturnType<AccountsApi['create']>,
    apply: (account: AccountView) => void,
  ): Promise<AccountOutcome> {
    this.busy.set(true);
    try {
      const account = await firstValueFrom(request);
      apply(account);
      return { ok: true, account };
    } catch (error: unknown) {
      return { ok: false, failure: toAdminFailure(error) };
    } finally {
      this.busy.set(false);
    }
  }
}
