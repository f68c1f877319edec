import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type {
  CasePackage,
  FrameworkDocument,
  FrameworkSummary,
  FrameworkView,
  Language,
} from '@lederloeft/contracts';
import {
  assertEditable,
  DomainError,
  nextEditionNumber,
  planPublication,
  validateFrameworkDocument,
} from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { BehaviourEntity } from './behaviour.entity';
import { toCasePackage } from './case-export';
import { CompetencyEntity } from './competency.entity';
import { DogmaEntity } from './dogma.entity';
import { FrameworkValueEntity } from './framework-value.entity';
import { FrameworkEntity } from './framework.entity';
import {
  documentToRows,
  LoadedFramework,
  toSummary,
  toView,
  viewToDocument,
} from './framework.mapper';

@Injectable()
export class FrameworksService {
  private readonly settledContent = new Map<string, LoadedFramework>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  /** All editions, newest first, with their sizes counted in SQL. */
  async list(): Promise<FrameworkSummary[]> {
    const frameworks = await this.dataSource
      .getRepository(FrameworkEntity)
      .find({ order: { createdAt: 'DESC', edition: 'DESC' } });
    const count = async (entity: typeof CompetencyEntity | typeof BehaviourEntity) => {
      const rows = await this.dataSource
        .getRepository(entity)
        .createQueryBuilder('x')
        .select('x.framework_id', 'frameworkId')
        .addSelect('COUNT(*)', 'n')
        .groupBy('x.framework_id')
        .getRawMany<{ frameworkId: string; n: string | number }>();
      return new Map(rows.map((r) => [r.frameworkId, Number(r.n)]));
    };
    const [competencies, behaviours] = await Promise.all([
      count(CompetencyEntity),
      count(BehaviourEntity),
    ]);
    return frameworks.map((f) =>
      toSummary(f, {
        competencies: competencies.get(f.id) ?? 0,
        behaviours: behaviours.get(f.id) ?? 0,
      }),
    );
  }

  /** The edition in force. */
  async current(): Promise<FrameworkView> {
    const framework = await this.dataSource
      .getRepository(FrameworkEntity)
      .findOne({ where: { status: 'published' } });
    if (!framework) {
      throw new DomainError('NOT_FOUND', 'Der er endnu ikke udgivet et ledelsesgrundlag.');
    }
    return toView(await this.readContent(framework));
  }

  async get(id: string): Promise<FrameworkView> {
    return toView(await this.readContent(await this.findEdition(this.dataSource.manager, id)));
  }

  async exportDocument(id: string): Promise<FrameworkDocument> {
    return viewToDocument(await this.get(id));
  }

  async exportCase(id: string, lang: Language): Promise<CasePackage> {
    return toCasePackage(await this.get(id), lang);
  }

  /**
   * Loads a document as a new edition of its framework line (edition numbers go on from
   * the highest), as a draft or, with `publish`, as the edition in force. All or nothing.
   */
  async import(doc: FrameworkDocument, options: { publish: boolean }): Promise<FrameworkSummary> {
    this.assertValid(doc);
    return this.writeOrConflict(async (manager) => {
      const editions = await manager
        .getRepository(FrameworkEntity)
        .find({ where: { key: doc.key } });
      const rows = documentToRows(doc, {
        edition: nextEditionNumber(editions),
        createdAt: new Date(),
      });
      await manager.insert(FrameworkEntity, rows.framework);
      await this.insertContent(manager, rows);
      if (options.publish) {
        await this.applyPublication(manager, rows.framework.id);
      }
      return this.summaryOf(manager, rows.framework.id);
    });
  }

  /**
   * Replaces the whole content of a draft edition with a document. Published and retired
   * editions refuse (FRAMEWORK_IMMUTABLE): their content is history.
   */
  async replaceDraft(id: string, doc: FrameworkDocument): Promise<FrameworkSummary> {
    this.assertValid(doc);
    return this.writeOrConflict(async (manager) => {
      const framework = await this.findEdition(manager, id);
      assertEditable(framework);
      if (doc.key !== framework.key) {
        throw new DomainError('VALIDATION_FAILED', 'En udgave kan ikke skifte nøgle.', [
          {
            path: 'key',
            message: `Nøglen skal være "${framework.key}" som i resten af udgaverne.`,
          },
        ]);
      }
      const rows = documentToRows(doc, {
        id,
        edition: framework.edition,
        createdAt: framework.createdAt,
      });
      // The edition row stays (other tables will refer to it); its content is replaced.
      for (const entity of [DogmaEntity, BehaviourEntity, CompetencyEntity, FrameworkValueEntity]) {
        await manager.delete(entity, { frameworkId: id });
      }
      const { id: _id, ...fields } = rows.framework;
      await manager.update(FrameworkEntity, { id, status: 'draft' }, fields);
      await this.insertContent(manager, rows);
      return this.summaryOf(manager, id);
    });
  }

  /** Makes a draft the edition in force, retiring the one before. */
  async publish(id: string): Promise<FrameworkSummary> {
    return this.writeOrConflict(async (manager) => {
      await this.applyPublication(manager, id);
      return this.summaryOf(manager, id);
    });
  }

  /** Starts a new draft edition with the content of an existing one: how published content changes. */
  async createDraftFrom(id: string): Promise<FrameworkSummary> {
    // The label names an edition ("2026"); the new draft gets its own when it is set.
    const { editionLabel: _label, ...doc } = await this.exportDocument(id);
    return this.import(doc, { publish: false });
  }

  private assertValid(doc: FrameworkDocument): void {
    const issues = validateFrameworkDocument(doc);
    if (issues.length > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Ledelsesgrundlaget kan ikke indlæses: ${issues.length} fejl.`,
        issues,
      );
    }
  }

  private async applyPublication(manager: EntityManager, id: string): Promise<void> {
    const repo = manager.getRepository(FrameworkEntity);
    const editions = await repo.find({
      select: { id: true, key: true, edition: true, status: true },
    });
    const now = new Date();
    const changes = planPublication(editions, id);
    // Retire first: the database allows only one published edition at a time.
    for (const change of changes) {
      const result = await repo.update(
        { id: change.id, status: change.from },
        change.to === 'published'
          ? { status: 'published', publishedAt: now }
          : { status: change.to, retiredAt: now },
      );
      // Conditional on the status read above: no row means another writer changed it.
      if (result.affected === 0) {
        throw new DomainError(
          'FRAMEWORK_CONFLICT',
          'Ledelsesgrundlaget blev ændret samtidig af en anden. Prøv igen.',
        );
      }
    }
  }

  private async insertContent(manager: EntityManager, rows: LoadedFramework): Promise<void> {
    if (rows.values.length) await manager.insert(FrameworkValueEntity, rows.values);
    await manager.insert(CompetencyEntity, rows.competencies);
    // Chunked: PostgreSQL and SQLite cap the number of bound parameters per statement.
    for (let i = 0; i < rows.behaviours.length; i += 100) {
      await manager.insert(BehaviourEntity, rows.behaviours.slice(i, i + 100));
    }
    if (rows.dogmas.length) await manager.insert(DogmaEntity, rows.dogmas);
  }

  private async summaryOf(manager: EntityManager, id: string): Promise<FrameworkSummary> {
    const loaded = await this.load(manager, id);
    return toSummary(loaded.framework, {
      competencies: loaded.competencies.length,
      behaviours: loaded.behaviours.length,
    });
  }

  private async findEdition(manager: EntityManager, id: string): Promise<FrameworkEntity> {
    const framework = await manager.getRepository(FrameworkEntity).findOne({ where: { id } });
    if (!framework) {
      throw new DomainError('NOT_FOUND', 'Ledelsesgrundlaget (udgaven) findes ikke.');
    }
    return framework;
  }

  private async load(manager: EntityManager, id: string): Promise<LoadedFramework> {
    return this.loadContent(manager, await this.findEdition(manager, id));
  }

  /**
   * Reads an edition's content outside any transaction. The content of a published or
   * retired edition never changes (it is history), so it is kept in memory after the first
   * read; that holds across several api processes too. Drafts are always read afresh.
   */
  private async readContent(framework: FrameworkEntity): Promise<LoadedFramework> {
    const cached = this.settledContent.get(framework.id);
    if (cached) {
      return { ...cached, framework };
    }
    const loaded = await this.loadContent(this.dataSource.manager, framework);
    if (framework.status !== 'draft') {
      this.settledContent.set(framework.id, loaded);
    }
    return loaded;
  }

  private async loadContent(
    manager: EntityManager,
    framework: FrameworkEntity,
  ): Promise<LoadedFramework> {
    // One after another: inside a transaction they share one connection, which runs
    // one query at a time anyway (and pg 9 will refuse overlapping queries on it).
    const where = { where: { frameworkId: framework.id } };
    const values = await manager.getRepository(FrameworkValueEntity).find(where);
    const competencies = await manager.getRepository(CompetencyEntity).find(where);
    const behaviours = await manager.getRepository(BehaviourEntity).find(where);
    const dogmas = await manager.getRepository(DogmaEntity).find(where);
    return { framework, values, competencies, behaviours, dogmas };
  }

  /**
   * Runs a write transaction in the queue. A unique-index violation means another writer
   * got there first (another process, on PostgreSQL): a 409, not a 500.
   */
  private async writeOrConflict<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.writes.run(work);
    } catch (error) {
      if (error instanceof QueryFailedError && /unique|duplicate/i.test(error.message)) {
        throw new DomainError(
          'FRAMEWORK_CONFLICT',
          'Ledelsesgrundlaget blev ændret samtidig af en anden. Prøv igen.',
        );
      }
      throw error;
    }
  }
}
