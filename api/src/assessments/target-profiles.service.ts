import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { SaveTargetProfilesRequest, TargetProfilesView } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { LeaderLevelEntity } from '../organisation/leader-level.entity';
import { TargetProfileEntity } from './target-profile.entity';
import { markAllStale } from '../coverage/coverage-staleness';

/**
 * Target profiles: the expected level per competency for each leader level, kept per
 * framework edition (a new edition gets its own). Retired editions' targets are history.
 */
@Injectable()
export class TargetProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async get(frameworkId?: string): Promise<TargetProfilesView> {
    const edition = await this.edition(frameworkId);
    const [levels, competencies, rows] = await Promise.all([
      this.dataSource.getRepository(LeaderLevelEntity).find({ order: { rank: 'ASC' } }),
      this.dataSource
        .getRepository(CompetencyEntity)
        .find({ where: { frameworkId: edition.id }, order: { position: 'ASC' } }),
      this.dataSource
        .getRepository(TargetProfileEntity)
        .find({ where: { frameworkId: edition.id } }),
    ]);
    return {
      frameworkId: edition.id,
      levels: levels.map((level) => ({
        levelKey: level.key,
        targets: Object.fromEntries(
          competencies.map((c) => [
            c.key,
            rows.find((r) => r.levelKey === level.key && r.competencyKey === c.key)?.target ?? null,
          ]),
        ),
      })),
    };
  }

  /** Sets (or with null removes) targets; all in one transaction, after checking every entry. */
  async save(frameworkId: string, request: SaveTargetProfilesRequest): Promise<TargetProfilesView> {
    const edition = await this.edition(frameworkId);
    if (edition.status === 'retired') {
      throw new DomainError(
        'FRAMEWORK_IMMUTABLE',
        'Udgaven er udgået; dens mål er historik og kan ikke ændres.',
      );
    }
    const levels = new Set(
      (await this.dataSource.getRepository(LeaderLevelEntity).find()).map((l) => l.key),
    );
    const competencies = new Set(
      (
        await this.dataSource
          .getRepository(CompetencyEntity)
          .find({ where: { frameworkId: edition.id } })
      ).map((c) => c.key),
    );
    const issues = request.targets.flatMap((t, i) => [
      ...(levels.has(t.levelKey)
        ? []
        : [{ path: `targets[${i}].levelKey`, message: `Ukendt lederniveau "${t.levelKey}".` }]),
      ...(competencies.has(t.competencyKey)
        ? []
        : [
            {
              path: `targets[${i}].competencyKey`,
              message: `Ukendt kompetence "${t.competencyKey}" i udgaven.`,
            },
          ]),
    ]);
    if (issues.length)
      throw new DomainError('VALIDATION_FAILED', 'Målene kan ikke gemmes.', issues);
    await this.writes.run(async (manager) => {
      const repo = manager.getRepository(TargetProfileEntity);
      for (const t of request.targets) {
        const where = {
          frameworkId: edition.id,
          levelKey: t.levelKey,
          competencyKey: t.competencyKey,
        };
        const existing = await repo.findOne({ where });
        if (t.target === null) {
          if (existing) await repo.delete({ id: existing.id });
        } else if (existing) {
          await repo.update({ id: existing.id }, { target: t.target });
        } else {
          await repo.insert({ id: randomUUID(), ...where, target: t.target });
        }
      }
      // A target decides met or below for every leader of the level.
      await markAllStale(manager);
    });
    return this.get(edition.id);
  }

  private async edition(frameworkId?: string): Promise<FrameworkEntity> {
    const edition = await this.dataSource
      .getRepository(FrameworkEntity)
      .findOne({ where: frameworkId ? { id: frameworkId } : { status: 'published' } });
    if (!edition) throw new DomainError('NOT_FOUND', 'Ledelsesgrundlaget (udgaven) findes ikke.');
    return edition;
  }
}
