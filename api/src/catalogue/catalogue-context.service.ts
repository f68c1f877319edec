import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type CatalogueContext, DomainError } from '@lederloeft/domain';
import { BehaviourEntity } from '../frameworks/behaviour.entity';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { LeaderLevelEntity } from '../organisation/leader-level.entity';

/**
 * What offers are checked against: the competencies and behaviours of the published
 * framework edition (keys are stable across editions) and the configured leader levels.
 */
@Injectable()
export class CatalogueContextService {
  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<CatalogueContext> {
    const edition = await this.dataSource
      .getRepository(FrameworkEntity)
      .findOne({ where: { status: 'published' } });
    if (!edition) {
      throw new DomainError(
        'CONFLICT',
        'Der er intet udgivet ledelsesgrundlag at knytte tilbuddene til. Udgiv det først.',
      );
    }
    const [competencies, behaviours, levels] = await Promise.all([
      this.dataSource
        .getRepository(CompetencyEntity)
        .find({ where: { frameworkId: edition.id }, order: { position: 'ASC' } }),
      this.dataSource
        .getRepository(BehaviourEntity)
        .find({ where: { frameworkId: edition.id }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(LeaderLevelEntity).find({ order: { rank: 'DESC' } }),
    ]);
    return {
      competencies: competencies.map((c) => ({
        key: c.key,
        name: c.titleDa,
        behaviourKeys: behaviours.filter((b) => b.competencyId === c.id).map((b) => b.key),
      })),
      levels: levels.map((l) => ({ key: l.key, name: l.nameDa })),
    };
  }

  /** The Danish text of every behaviour of the published edition, by key. */
  async behaviourTexts(): Promise<Map<string, string>> {
    const rows = await this.dataSource
      .getRepository(BehaviourEntity)
      .createQueryBuilder('b')
      .innerJoin(FrameworkEntity, 'f', 'f.id = b.framework_id')
      .where("f.status = 'published'")
      .getMany();
    return new Map(rows.map((b) => [b.key, b.textDa]));
  }
}
