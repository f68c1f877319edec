import type { DataSource } from 'typeorm';
import {
  canViewCoverage,
  coverageStartUnits,
  DomainError,
  managerCoverageUnits,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import type { CoverageUnit } from './coverage-data';

/** What a caller may see of the org tree in Overblik. */
export interface CoverageAccess {
  canView(unit: CoverageUnit): boolean;
  /** The units the caller starts from, in tree order. */
  startUnits: CoverageUnit[];
  /** The unit asked for, or the first start unit; 404 outside the caller's scope. */
  unitFor(id: string | undefined): CoverageUnit;
}

export const unitNotFound = () =>
  new DomainError('NOT_FOUND', 'Enheden findes ikke, eller du har ikke adgang til den i Overblik.');

/**
 * The caller's scope (libs/domain coverage-scope): every unit for HR and administrators,
 * a director's areas, and for a manager the units led by their team only. Units outside
 * it are "not found", like leaders outside a caller's scope.
 */
export async function coverageAccess(
  dataSource: DataSource,
  principal: Principal,
  units: CoverageUnit[],
  cached: <T>(key: string, build: () => Promise<T>) => Promise<T>,
): Promise<CoverageAccess> {
  const wide = principal.roles.includes('admin') || principal.roles.includes('hr');
  let team = new Set<string>();
  const leaderId = principal.leaderId;
  if (!wide && principal.roles.includes('manager') && leaderId) {
    // Every active leader's manager: cached with the tables (a change of a leader moves
    // the generation on).
    const leaders = await cached('leaders', async () => {
      const rows: { id: string; org_unit_id: string; manager_id: string | null }[] =
        await dataSource.query(
          `SELECT id, org_unit_id, manager_id FROM leaders WHERE active = ${dataSource.options.type === 'postgres' ? 'TRUE' : '1'}`,
        );
      return rows.map((l) => ({ id: l.id, orgUnitId: l.org_unit_id, managerId: l.manager_id }));
    });
    team = await cached(`team:${leaderId}`, async () =>
      managerCoverageUnits(leaderId, units, leaders),
    );
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const canView = (unit: CoverageUnit) => canViewCoverage(principal, unit.path, team);
  const startUnits = coverageStartUnits(principal, units, team).flatMap((id) => {
    const unit = byId.get(id);
    return unit ? [unit] : [];
  });
  return {
    canView,
    startUnits,
    unitFor(id) {
      const unit = id === undefined ? startUnits[0] : byId.get(id);
      if (!unit || !canView(unit)) throw unitNotFound();
      return unit;
    },
  };
}
