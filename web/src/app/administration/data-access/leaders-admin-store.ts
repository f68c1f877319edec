import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AccountView,
  CreateLeaderRequest,
  LeaderAdminView,
  LeaderLevelView,
  LeaderPage,
  OrgUnitView,
  UpdateLeaderRequest,
} from '@lederloeft/contracts';
import { type Observable, firstValueFrom, forkJoin } from 'rxjs';
import { type UnitOption, unitsInScope } from '../interpretations/unit-scope';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { AccountsApi } from './accounts-api';
import { OrganisationApi } from './organisation-api';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; failure: AdminFailure };

/** What the list of leaders is narrowed to; blank means "all". */
export interface LeaderFilters {
  q: string;
  unitId: string;
  levelKey: string;
  active: '' | 'true' | 'false';
}

export const NO_FILTERS: LeaderFilters = { q: '', unitId: '', levelKey: '', active: '' };
export const LEADERS_PAGE_SIZE = 20;
/** How many leaders the manager picker suggests. */
export const MANAGER_SUGGESTIONS = 8;

/**
 * The signal store of "Ledere": units and levels for the filters and the form, one page of
 * leaders as the API searched and sorted them, and the writes (leaders, and sign-in
 * accounts linked to a leader).
 */
@Injectable()
export class LeadersAdminStore {
  private readonly api = inject(OrganisationApi);
  private readonly accountsApi = inject(AccountsApi);
  /** Answers to older searches are dropped when a newer one was sent. */
  private requestNo = 0;

  private readonly unitList = signal<OrgUnitView[]>([]);
  private readonly levelList = signal<LeaderLevelView[]>([]);
  private readonly result = signal<LeaderPage | null>(null);

  /** Units and levels (the page cannot work without them). */
  readonly status = signal<'loading' | 'loaded' | 'error'>('loading');
  /** The current page of leaders. */
  readonly listStatus = signal<'loading' | 'loaded' | 'error'>('loading');
  readonly filters = signal<LeaderFilters>(NO_FILTERS);
  readonly page = signal(1);
  /** True while a write is under way; one at a time. */
  readonly busy = signal(false);

  readonly levels = this.levelList.asReadonly();
  readonly unitOptions = computed<UnitOption[]>(() => unitsInScope(this.unitList(), 'all'));
  readonly leaders = computed(() => this.result()?.items ?? []);
  readonly total = computed(() => this.result()?.total ?? 0);
  readonly pageCount = computed(() => Math.max(1, Math.ceil(this.total() / LEADERS_PAGE_SIZE)));
  /** 1-based numbers of the first and last leader shown. */
  readonly range = computed(() => {
    const from = (this.page() - 1) * LEADERS_PAGE_SIZE + 1;
    return { from, to: Math.min(this.total(), from + this.leaders().length - 1) };
  });

  async load(): Promise<void> {
    this.status.set('loading');
    try {
      const { units, levels } = await firstValueFrom(
        forkJoin({ units: this.api.getOrgUnits(), levels: this.api.getLevels() }),
      );
      this.unitList.set(units);
      this.levelList.set(levels);
      this.status.set('loaded');
    } catch {
      this.status.set('error');
      return;
    }
    await this.fetch();
  }

  search(filters: LeaderFilters): Promise<void> {
    this.filters.set(filters);
    this.page.set(1);
    return this.fetch();
  }

  goTo(page: number): Promise<void> {
    this.page.set(Math.min(Math.max(1, page), this.pageCount()));
    return this.fetch();
  }

  /** Fetches the current page again (after a write, or to retry). */
  async fetch(): Promise<void> {
    const no = ++this.requestNo;
    this.listStatus.set('loading');
    try {
      const { q, unitId, levelKey, active } = this.filters();
      const result = await firstValueFrom(
        this.api.listLeaders({
          q: q.trim(),
          unitId,
          levelKey,
          active: active || undefined,
          page: String(this.page()),
          pageSize: String(LEADERS_PAGE_SIZE),
        }),
      );
      if (no === this.requestNo) {
        this.result.set(result);
        this.listStatus.set('loaded');
      }
    } catch {
      if (no === this.requestNo) {
        this.listStatus.set('error');
      }
    }
  }

  /** Leaders whose name, e-mail or title contains `q`, for the manager picker. */
  async suggestManagers(q: string): Promise<LeaderAdminView[]> {
    if (!q.trim()) {
      return [];
    }
    try {
      const page = await firstValueFrom(
        this.api.listLeaders({ q: q.trim(), pageSize: String(MANAGER_SUGGESTIONS) }),
      );
      return page.items;
    } catch {
      return [];
    }
  }

  create(request: CreateLeaderRequest): Promise<WriteOutcome<LeaderAdminView>> {
    return this.write(this.api.createLeader(request), () => this.fetch());
  }

  update(id: string, request: UpdateLeaderRequest): Promise<WriteOutcome<LeaderAdminView>> {
    return this.write(this.api.updateLeader(id, request), () => this.fetch());
  }

  /** A sign-in account for a leader without one: their name and e-mail, no granted roles. */
  createAccount(leader: LeaderAdminView, password: string): Promise<WriteOutcome<AccountView>> {
    return this.write(
      this.accountsApi.create({
        name: leader.name,
        email: leader.email,
        leaderId: leader.id,
        password,
        grantedRoles: [],
      }),
      (account) =>
        this.result.update(
          (page) =>
            page && {
              ...page,
              items: page.items.map((l) =>
                l.id === leader.id
                  ? { ...l, account: { id: account.id, active: account.active } }
                  : l,
              ),
            },
        ),
    );
  }

  private async write<T>(
    request: Observable<T>,
    after: (value: T) => unknown,
  ): Promise<WriteOutcome<T>> {
    this.busy.set(true);
    try {
      const value = await firstValueFrom(request);
      await after(value);
      return { ok: true, value };
    } catch (error: unknown) {
      return { ok: false, failure: toAdminFailure(error) };
    } finally {
      this.busy.set(false);
    }
  }
}
