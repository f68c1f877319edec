import { Injectable, computed, inject, signal } from '@angular/core';
import type { OrgUnitView, UnitPrioritiesView } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../auth/data-access/auth-store';
import { unitsInScope } from '../interpretations/unit-scope';
import { buildTree } from '../org-units/org-tree';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { InterpretationsApi } from './interpretations-api';
import { PrioritiesApi } from './priorities-api';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface PrioritiesState {
  unitsStatus: LoadStatus;
  units: OrgUnitView[];
  year: number;
  unitId: string | null;
  unitStatus: LoadStatus;
  view: UnitPrioritiesView | null;
}

/** This year, last year and the next two: the years the API lets priorities be set for. */
export function priorityYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return [year - 1, year, year + 1, year + 2];
}

/**
 * "Strategiske prioriteter": the units the person may set priorities for (all for HR and
 * administrators, a director's area otherwise), the chosen year and the chosen unit's own
 * and inherited priorities. Provided by the page.
 */
@Injectable()
export class PrioritiesStore {
  private readonly api = inject(PrioritiesApi);
  private readonly orgUnits = inject(InterpretationsApi);
  private readonly auth = inject(AuthStore);
  private readonly state = signal<PrioritiesState>({
    unitsStatus: 'idle',
    units: [],
    year: new Date().getFullYear(),
    unitId: null,
    unitStatus: 'idle',
    view: null,
  });

  readonly unitsStatus = computed(() => this.state().unitsStatus);
  readonly year = computed(() => this.state().year);
  readonly unitId = computed(() => this.state().unitId);
  readonly unitStatus = computed(() => this.state().unitStatus);
  readonly view = computed(() => this.state().view);

  /** HR and administrators set priorities anywhere; a director under their scopes. */
  readonly scopes = computed(() => {
    const me = this.auth.me();
    return me?.roles.includes('admin') || me?.roles.includes('hr')
      ? 'all'
      : (me?.directorScopes.map((s) => s.id) ?? []);
  });
  private readonly inScope = computed(() =>
    unitsInScope(this.state().units, this.scopes()).map((option) => option.unit),
  );
  /** The tree of the units in scope; a director's area roots are its top nodes. */
  readonly tree = computed(() => buildTree(this.inScope()));
  readonly unit = computed(
    () => this.inScope().find((unit) => unit.id === this.state().unitId) ?? null,
  );

  loadUnits(): void {
    this.state.update((s) => ({ ...s, unitsStatus: 'loading' }));
    this.orgUnits.getOrgUnits().subscribe({
      next: (units) => this.state.update((s) => ({ ...s, unitsStatus: 'loaded', units })),
      error: () => this.state.update((s) => ({ ...s, unitsStatus: 'error' })),
    });
  }

  selectYear(year: number): void {
    this.state.update((s) => ({ ...s, year }));
    this.reload();
  }

  /** Chooses a unit in scope (or none) and loads its priorities for the chosen year. */
  select(unitId: string | null): void {
    const known = this.inScope().some((unit) => unit.id === unitId);
    this.state.update((s) => ({ ...s, unitId: known ? unitId : null }));
    this.reload();
  }

  reload(): void {
    const { unitId, year } = this.state();
    this.state.update((s) => ({ ...s, view: null, unitStatus: unitId ? 'loading' : 'idle' }));
    if (!unitId) return;
    this.api.getUnit(unitId, year).subscribe({
      next: (view) => this.whenStill(unitId, year, { unitStatus: 'loaded', view }),
      error: () => this.whenStill(unitId, year, { unitStatus: 'error' }),
    });
  }

  /** Replaces the chosen unit's set; resolves to the failure, or null when saved. */
  async save(weights: Record<string, number>, note: string): Promise<AdminFailure | null> {
    const { unitId, year, view } = this.state();
    if (!unitId || !view) return toAdminFailure(null);
    try {
      const own = await firstValueFrom(
        this.api.save(unitId, year, {
          weights: Object.entries(weights).map(([competencyKey, weight]) => ({
            competencyKey,
            weight,
          })),
          note: note.trim() || null,
        }),
      );
      this.whenStill(unitId, year, { view: { ...view, own } });
      return null;
    } catch (error: unknown) {
      return toAdminFailure(error);
    }
  }

  /** Deletes the unit's own set: it inherits again. */
  async reset(): Promise<AdminFailure | null> {
    const { unitId, year, view } = this.state();
    if (!unitId || !view) return toAdminFailure(null);
    try {
      await firstValueFrom(this.api.remove(unitId, year), { defaultValue: undefined });
      this.whenStill(unitId, year, { view: { ...view, own: null } });
      return null;
    } catch (error: unknown) {
      return toAdminFailure(error);
    }
  }

  /** Applies a result only if the same unit and year are still chosen. */
  private whenStill(unitId: string, year: number, change: Partial<PrioritiesState>): void {
    this.state.update((s) => (s.unitId === unitId && s.year === year ? { ...s, ...change } : s));
  }
}
