import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CreateOrgUnitRequest,
  OrgUnitView,
  UpdateOrgUnitRequest,
} from '@lederloeft/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { buildTree } from '../org-units/org-tree';
import { toAdminFailure } from './admin-failure';
import type { WriteOutcome } from './leaders-admin-store';
import { OrganisationApi } from './organisation-api';

/** The signal store of "Enheder": the org tree and the writes (create, rename, move). */
@Injectable()
export class OrgUnitsAdminStore {
  private readonly api = inject(OrganisationApi);
  private readonly unitList = signal<OrgUnitView[]>([]);

  readonly status = signal<'loading' | 'loaded' | 'error'>('loading');
  /** True while a write is under way; one at a time. */
  readonly busy = signal(false);
  readonly units = this.unitList.asReadonly();
  readonly tree = computed(() => buildTree(this.unitList()));

  async load(): Promise<void> {
    this.status.set('loading');
    try {
      this.unitList.set(await firstValueFrom(this.api.getOrgUnits()));
      this.status.set('loaded');
    } catch {
      this.status.set('error');
    }
  }

  unit(id: string | null): OrgUnitView | null {
    return this.unitList().find((u) => u.id === id) ?? null;
  }

  create(request: CreateOrgUnitRequest): Promise<WriteOutcome<OrgUnitView>> {
    return this.write(this.api.createOrgUnit(request));
  }

  update(id: string, request: UpdateOrgUnitRequest): Promise<WriteOutcome<OrgUnitView>> {
    return this.write(this.api.updateOrgUnit(id, request));
  }

  /** Writes, then reads the tree again: a move changes the order of a whole subtree. */
  private async write(request: Observable<OrgUnitView>): Promise<WriteOutcome<OrgUnitView>> {
    this.busy.set(true);
    try {
      const value = await firstValueFrom(request);
      try {
        this.unitList.set(await firstValueFrom(this.api.getOrgUnits()));
      } catch {
        // The write happened; keep what we know and put the answer in place.
        this.unitList.update((list) => [...list.filter((u) => u.id !== value.id), value]);
      }
      return { ok: true, value };
    } catch (error: unknown) {
      return { ok: false, failure: toAdminFailure(error) };
    } finally {
      this.busy.set(false);
    }
  }
}
