import { In, type EntityManager } from 'typeorm';
import type { PrioritySetView } from '@lederloeft/contracts';
import { DomainError, effectiveWeights, resolvePriorities, unitPathIds } from '@lederloeft/domain';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { PrioritySetEntity } from './priority-set.entity';
import { PriorityWeightEntity } from './priority-weight.entity';

/**
 * Reading priorities, shared by the priorities service and the plan proposals (which take
 * an EntityManager rather than the service, so the plans module needs no new import).
 */

/** The sets of `unitIds` for `year`, with their weights and units, as views. */
export async function loadSets(
  manager: EntityManager,
  year: number,
  unitIds?: readonly string[],
): Promise<PrioritySetView[]> {
  const sets = await manager.getRepository(PrioritySetEntity).find({
    where: unitIds ? { year, orgUnitId: In([...unitIds]) } : { year },
    relations: { orgUnit: true },
  });
  if (sets.length === 0) return [];
  const weights = await manager
    .getRepository(PriorityWeightEntity)
    .find({ where: { prioritySetId: In(sets.map((s) => s.id)) } });
  return sets
    .sort((a, b) => (a.orgUnit?.path ?? '').localeCompare(b.orgUnit?.path ?? ''))
    .map((set) =>
      toView(
        set,
        weights.filter((w) => w.prioritySetId === set.id),
      ),
    );
}

/** The competency keys of the edition in force, in the framework's order. */
export async function currentCompetencyKeys(manager: EntityManager): Promise<string[]> {
  const framework = await manager
    .getRepository(FrameworkEntity)
    .findOne({ where: { status: 'published' } });
  if (!framework) return [];
  const competencies = await manager
    .getRepository(CompetencyEntity)
    .find({ where: { frameworkId: framework.id }, order: { position: 'ASC' } });
  return competencies.map((c) => c.key);
}

/**
 * The priorities in force for the unit at `unitPath` in `year`: the nearest set on the
 * path up to the kommune (the rule in libs/domain), weights filled in for `competencyKeys`.
 */
export async function effectiveFor(
  manager: EntityManager,
  unitPath: string,
  year: number,
  competencyKeys: readonly string[],
): Promise<{ set: PrioritySetView | null; weights: Record<string, number> }> {
  const path = unitPathIds(unitPath);
  const sets = await loadSets(manager, year, path);
  const found = resolvePriorities(
    path,
    sets.map((view) => ({ orgUnitId: view.orgUnit.id, weights: view.weights, view })),
  );
  return { set: found?.view ?? null, weights: effectiveWeights(found, competencyKeys) };
}

export function toView(set: PrioritySetEntity, weights: PriorityWeightEntity[]): PrioritySetView {
  return {
    orgUnit: { id: set.orgUnitId, name: set.orgUnit?.name ?? '' },
    year: set.year,
    weights: Object.fromEntries(
      weights
        .slice()
        .sort((a, b) => a.competencyKey.localeCompare(b.competencyKey))
        .map((w) => [w.competencyKey, w.weightHundredths / 100]),
    ),
    note: set.note,
    setBy: { accountId: set.setByAccountId, name: set.setByName },
    updatedAt: set.updatedAt.toISOString(),
  };
}

/** The unit or a Danish 404. */
export async function findUnit(manager: EntityManager, id: string): Promise<OrgUnitEntity> {
  const unit = await manager.getRepository(OrgUnitEntity).findOne({ where: { id } });
  if (!unit) throw new DomainError('NOT_FOUND', 'Enheden findes ikke.');
  return unit;
}
