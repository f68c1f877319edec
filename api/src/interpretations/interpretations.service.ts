import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { LocalInterpretationView, LocalizedText } from '@lederloeft/contracts';
import { canInterpretForUnit, canViewLeader, DomainError } from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { WriteQueue } from '../database/write-queue';
import { BehaviourEntity } from '../frameworks/behaviour.entity';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { LeadersService } from '../organisation/leaders.service';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { LocalInterpretationEntity } from './local-interpretation.entity';

/** Ids on a materialized path "/a/b/c/", from the top. */
const pathIds = (path: string) => path.split('/').filter(Boolean);

/**
 * Local interpretations: each org unit may write its own reading of a competency or
 * behaviour; a leader sees those of their unit and every unit above it, top first.
 */
@Injectable()
export class InterpretationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly leaders: LeadersService,
  ) {}

  /** What applies to a leader: the interpretations of their unit and its ancestors. */
  async forLeader(
    principal: Principal,
    leaderId: string,
    frameworkId?: string,
  ): Promise<LocalInterpretationView[]> {
    const { leader, placement } = await this.leaders.load(leaderId);
    if (!canViewLeader(principal, placement))
      throw new DomainError('NOT_FOUND', 'Lederen findes ikke.');
    const edition = await this.edition(frameworkId);
    const chain = pathIds(leader.orgUnit?.path ?? '');
    // By element key within a unit (PostgreSQL returns rows in no fixed order), then the
    // units from the top down (a stable sort keeps the keys in order).
    const rows = await this.dataSource.getRepository(LocalInterpretationEntity).find({
      where: { orgUnitId: In(chain), frameworkId: edition.id },
      relations: { orgUnit: true },
      order: { elementKey: 'ASC' },
    });
    return rows.sort((a, b) => chain.indexOf(a.orgUnitId) - chain.indexOf(b.orgUnitId)).map(toView);
  }

  async forUnit(unitId: string, frameworkId?: string): Promise<LocalInterpretationView[]> {
    const unit = await this.unit(unitId);
    const edition = await this.edition(frameworkId);
    const rows = await this.dataSource.getRepository(LocalInterpretationEntity).find({
      where: { orgUnitId: unit.id, frameworkId: edition.id },
      relations: { orgUnit: true },
      order: { elementKey: 'ASC' },
    });
    return rows.map(toView);
  }

  async save(
    principal: Principal,
    unitId: string,
    elementKey: string,
    frameworkId: string,
    text: LocalizedText,
  ): Promise<LocalInterpretationView> {
    const unit = await this.unit(unitId);
    this.assertMayWrite(principal, unit);
    const edition = await this.edition(frameworkId);
    await this.assertElement(edition.id, elementKey);
    const da = text.da.trim();
    if (da === '') {
      throw new DomainError('VALIDATION_FAILED', 'Skriv fortolkningen på dansk.', [
        { path: 'text.da', message: 'Må ikke være tom.' },
      ]);
    }
    const now = new Date();
    await this.writes.run(async (manager) => {
      const repo = manager.getRepository(LocalInterpretationEntity);
      const existing = await repo.findOne({
        where: { orgUnitId: unit.id, frameworkId: edition.id, elementKey },
      });
      const fields = { textDa: da, textEn: text.en.trim(), updatedAt: now };
      if (existing) await repo.update({ id: existing.id }, fields);
      else
        await repo.insert({
          id: randomUUID(),
          orgUnitId: unit.id,
          frameworkId: edition.id,
          elementKey,
          ...fields,
        });
    });
    const saved = await this.dataSource.getRepository(LocalInterpretationEntity).findOneOrFail({
      where: { orgUnitId: unit.id, frameworkId: edition.id, elementKey },
      relations: { orgUnit: true },
    });
    return toView(saved);
  }

  async remove(
    principal: Principal,
    unitId: string,
    elementKey: string,
    frameworkId: string,
  ): Promise<void> {
    const unit = await this.unit(unitId);
    this.assertMayWrite(principal, unit);
    const result = await this.writes.run((manager) =>
      manager.delete(LocalInterpretationEntity, { orgUnitId: unit.id, frameworkId, elementKey }),
    );
    if (!result.affected) throw new DomainError('NOT_FOUND', 'Fortolkningen findes ikke.');
  }

  private assertMayWrite(principal: Principal, unit: OrgUnitEntity): void {
    if (!canInterpretForUnit(principal, unit.path)) {
      throw new DomainError(
        'FORBIDDEN',
        'Kun administratorer og direktører for enheden kan skrive dens fortolkning.',
      );
    }
  }

  private async unit(id: string): Promise<OrgUnitEntity> {
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id } });
    if (!unit) throw new DomainError('NOT_FOUND', 'Enheden findes ikke.');
    return unit;
  }

  private async edition(frameworkId?: string): Promise<FrameworkEntity> {
    const edition = await this.dataSource
      .getRepository(FrameworkEntity)
      .findOne({ where: frameworkId ? { id: frameworkId } : { status: 'published' } });
    if (!edition) throw new DomainError('NOT_FOUND', 'Ledelsesgrundlaget (udgaven) findes ikke.');
    return edition;
  }

  private async assertElement(frameworkId: string, key: string): Promise<void> {
    const where = { frameworkId, key };
    const exists =
      (await this.dataSource.getRepository(CompetencyEntity).exists({ where })) ||
      (await this.dataSource.getRepository(BehaviourEntity).exists({ where }));
    if (!exists)
      throw new DomainError(
        'NOT_FOUND',
        `"${key}" er hverken en kompetence eller en adfærd i udgaven.`,
      );
  }
}

function toView(row: LocalInterpretationEntity): LocalInterpretationView {
  return {
    orgUnit: { id: row.orgUnitId, name: row.orgUnit?.name ?? '' },
    frameworkId: row.frameworkId,
    elementKey: row.elementKey,
    text: { da: row.textDa, en: row.textEn },
    updatedAt: row.updatedAt.toISOString(),
  };
}
