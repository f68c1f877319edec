import { Injectable, computed, inject, signal } from '@angular/core';
import type { LocalInterpretationView, LocalizedText, OrgUnitView } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../auth/data-access/auth-store';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { unitsInScope } from '../interpretations/unit-scope';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { InterpretationsApi } from './interpretations-api';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface InterpretationsState {
  unitsStatus: LoadStatus;
  units: OrgUnitView[];
  unitId: string | null;
  unitStatus: LoadStatus;
  /** The chosen unit's interpretations by element key. */
  byKey: Record<string, LocalInterpretationView>;
}

const INITIAL: InterpretationsState = {
  unitsStatus: 'idle',
  units: [],
  unitId: null,
  unitStatus: 'idle',
  byKey: {},
};

/**
 * "Lokale fortolkninger": the units the person may write for (all for admins, a director's
 * subtrees otherwise) and the chosen unit's interpretations. Provided by the page.
 */
@Injectable()
export class InterpretationsStore {
  private readonly api = inject(InterpretationsApi);
  private readonly auth = inject(AuthStore);
  private readonly framework = inject(FrameworkStore);
  private readonly state = signal<InterpretationsState>(INITIAL);

  readonly unitsStatus = computed(() => this.state().unitsStatus);
  readonly unitId = computed(() => this.state().unitId);
  readonly unitStatus = computed(() => this.state().unitStatus);
  readonly byKey = computed(() => this.state().byKey);
  readonly count = computed(() => Object.keys(this.state().byKey).length);

  /** Admins write for every unit; a director for the units under their scopes. */
  readonly scopes = computed(() => {
    const me = this.auth.me();
    return me?.roles.includes('admin') ? 'all' : (me?.directorScopes.map((s) => s.id) ?? []);
  });
  readonly options = computed(() => unitsInScope(this.state().units, this.scopes()));
  readonly unit = computed(
    () => this.options().find((option) => option.unit.id === this.state().unitId)?.unit ?? null,
  );

  /** The chosen unit's interpretation of a competency or behaviour, if it has one. */
  interpretationOf(elementKey: string): LocalInterpretationView | null {
    const byKey = this.state().byKey;
    return Object.hasOwn(byKey, elementKey) ? byKey[elementKey] : null;
  }

  loadUnits(): void {
    this.state.set({ ...INITIAL, unitsStatus: 'loading' });
    this.api.getOrgUnits().subscribe({
      next: (units) => this.state.update((s) => ({ ...s, unitsStatus: 'loaded', units })),
      error: () => this.state.update((s) => ({ ...s, unitsStatus: 'error' })),
    });
  }

  /** Chooses a unit (one in scope, or none) and loads its interpretations. */
  select(unitId: string | null): void {
    const known = this.options().some((option) => option.unit.id === unitId);
    this.state.update((s) => ({
      ...s,
      unitId: known ? unitId : null,
      unitStatus: known ? 'loading' : 'idle',
      byKey: {},
    }));
    if (known && unitId) {
      this.fetch(unitId);
    }
  }

  retryUnit(): void {
    this.select(this.state().unitId);
  }

  /** Writes the chosen unit's interpretation; resolves to the failure, or null when saved. */
  async save(elementKey: string, text: LocalizedText): Promise<AdminFailure | null> {
    const unitId = this.state().unitId;
    const frameworkId = this.framework.framework()?.id;
    if (!unitId || !frameworkId) {
      return toAdminFailure(null);
    }
    try {
      const saved = await firstValueFrom(this.api.save(unitId, elementKey, { frameworkId, text }));
      this.update(unitId, (byKey) => ({ ...byKey, [elementKey]: saved }));
      return null;
    } catch (error: unknown) {
      return toAdminFailure(error);
    }
  }

  async remove(elementKey: string): Promise<AdminFailure | null> {
    const unitId = this.state().unitId;
    const frameworkId = this.framework.framework()?.id;
    if (!unitId || !frameworkId) {
      return toAdminFailure(null);
    }
    try {
      await firstValueFrom(this.api.remove(unitId, elementKey, frameworkId), {
        defaultValue: undefined,
      });
      this.update(unitId, (byKey) => {
        const rest = { ...byKey };
        delete rest[elementKey];
        return rest;
      });
      return null;
    } catch (error: unknown) {
      return toAdminFailure(error);
    }
  }

  private fetch(unitId: string): void {
    this.api.getInterpretations(unitId).subscribe({
      next: (views) =>
        this.update(
          unitId,
          () => Object.fromEntries(views.map((v) => [v.elementKey, v])),
          'loaded',
        ),
      error: () =>
        this.state.update((s) => (s.unitId === unitId ? { ...s, unitStatus: 'error' } : s)),
    });
  }

  /** Changes the interpretations if the same unit is still chosen. */
  private update(
    unitId: string,
    change: (
      byKey: Record<string, LocalInterpretationView>,
    ) => Record<string, LocalInterpretationView>,
    unitStatus?: LoadStatus,
  ): void {
    this.state.update((s) =>
      s.unitId === unitId
        ? { ...s, byKey: change(s.byKey), unitStatus: unitStatus ?? s.unitStatus }
        : s,
    );
  }
}
