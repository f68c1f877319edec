import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { SurveyImportView, SurveyItemView } from '@lederloeft/contracts';
import {
  combineSurveyScores,
  DomainError,
  planSurveyImport,
  type SurveyImportPlan,
} from '@lederloeft/domain';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { SurveyItemScoreEntity } from '../assessments/survey-item-score.entity';
import { SurveyItemEntity } from '../assessments/survey-item.entity';
import { SurveyResultEntity } from '../assessments/survey-result.entity';
import { WriteQueue } from '../database/write-queue';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { importRejected, readUploadedTable } from './upload';
import { markUnitLeadersStale } from '../coverage/coverage-staleness';

/**
 * The wellbeing survey (trivselsundersøgelse): item scores per org unit, imported per round,
 * and an editable mapping of items to competencies. The survey evidence the gap profile
 * reads (survey_results) is recomputed from the item scores whenever either changes.
 */
@Injectable()
export class SurveyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async preview(roundId: string, file: unknown, scaleMax: number): Promise<SurveyImportView> {
    const { rows, plan } = await this.plan(roundId, file, scaleMax);
    return this.toView(rows, plan);
  }

  /** Replaces the round's item scores of the units in the file; all rows or nothing. */
  async apply(roundId: string, file: unknown, scaleMax: number): Promise<SurveyImportView> {
    const { rows, plan } = await this.plan(roundId, file, scaleMax);
    if (plan.errors.length) throw importRejected(plan.errors);
    const unitIds = [...new Set(plan.scores.map((s) => s.orgUnitId))];
    await this.writes.run(async (manager) => {
      const items = manager.getRepository(SurveyItemEntity);
      for (const s of plan.scores) {
        const existing = await items.findOne({ where: { code: s.itemCode } });
        if (!existing)
          await items.insert({
            code: s.itemCode,
            text: s.itemText,
            competencyKey: null,
            updatedAt: new Date(),
          });
        else if (s.itemText && s.itemText !== existing.text)
          await items.update({ code: s.itemCode }, { text: s.itemText });
      }
      if (unitIds.length)
        await manager.delete(SurveyItemScoreEntity, { roundId, orgUnitId: In(unitIds) });
      const rowsToInsert = plan.scores.map((s) => ({
        id: randomUUID(),
        roundId,
        orgUnitId: s.orgUnitId,
        itemCode: s.itemCode,
        level: s.level,
        respondents: s.respondents,
      }));
      for (let i = 0; i < rowsToInsert.length; i += 100)
        await manager.insert(SurveyItemScoreEntity, rowsToInsert.slice(i, i + 100));
      await recomputeSurveyResults(manager, roundId, unitIds);
    });
    return this.toView(rows, plan);
  }

  async items(): Promise<SurveyItemView[]> {
    const items = await this.dataSource
      .getRepository(SurveyItemEntity)
      .find({ order: { code: 'ASC' } });
    return items.map((i) => ({ code: i.code, text: i.text, competencyKey: i.competencyKey }));
  }

  /** Maps an item to a competency of the current edition (or to none), then recomputes. */
  async map(code: string, competencyKey: string | null): Promise<SurveyItemView> {
    const item = await this.dataSource.getRepository(SurveyItemEntity).findOne({ where: { code } });
    if (!item) throw new DomainError('NOT_FOUND', 'Spørgsmålet findes ikke.');
    if (
      competencyKey !== null &&
      !(await this.dataSource
        .getRepository(CompetencyEntity)
        .exists({ where: { key: competencyKey } }))
    ) {
      throw new DomainError('VALIDATION_FAILED', `Ukendt kompetence "${competencyKey}".`, [
        { path: 'competencyKey', message: `Ukendt kompetence "${competencyKey}".` },
      ]);
    }
    await this.writes.run(async (manager) => {
      await manager.update(SurveyItemEntity, { code }, { competencyKey, updatedAt: new Date() });
      const affected = await manager
        .getRepository(SurveyItemScoreEntity)
        .find({ where: { itemCode: code } });
      for (const roundId of new Set(affected.map((a) => a.roundId))) {
        await recomputeSurveyResults(manager, roundId, [
          ...new Set(affected.filter((a) => a.roundId === roundId).map((a) => a.orgUnitId)),
        ]);
      }
    });
    return { code, text: item.text, competencyKey };
  }

  private async plan(
    roundId: string,
    file: unknown,
    scaleMax: number,
  ): Promise<{ rows: number; plan: SurveyImportPlan }> {
    const round = await this.dataSource
      .getRepository(AssessmentRoundEntity)
      .findOne({ where: { id: roundId } });
    if (!round) throw new DomainError('NOT_FOUND', 'Vurderingsrunden findes ikke.');
    if (!round.sources.includes('survey')) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Runden "${round.name}" bruger ikke trivselsundersøgelsen.`,
      );
    }
    const table = await readUploadedTable(file);
    const units = await this.dataSource
      .getRepository(OrgUnitEntity)
      .find({ select: { id: true, externalId: true } });
    const values = round.scale.map((p) => p.value);
    const plan = planSurveyImport(table.headers, table.rows, {
      units,
      scaleMax,
      scale: { min: Math.min(...values), max: Math.max(...values) },
    });
    return { rows: table.rows.length, plan };
  }

  private async toView(rows: number, plan: SurveyImportPlan): Promise<SurveyImportView> {
    const codes = [...new Set(plan.scores.map((s) => s.itemCode))];
    const mapped = codes.length
      ? await this.dataSource.getRepository(SurveyItemEntity).find({ where: { code: In(codes) } })
      : [];
    return {
      rows,
      units: new Set(plan.scores.map((s) => s.orgUnitId)).size,
      items: codes.length,
      unmappedItems: codes.filter((c) => !mapped.find((m) => m.code === c)?.competencyKey),
      errors: plan.errors.map((e) => ({ line: e.line, column: e.path, message: e.message })),
    };
  }
}

/** Rebuilds the survey evidence of some units in a round from their item scores and the mapping. */
async function recomputeSurveyResults(
  manager: EntityManager,
  roundId: string,
  unitIds: string[],
): Promise<void> {
  if (unitIds.length === 0) return;
  const scores = await manager
    .getRepository(SurveyItemScoreEntity)
    .find({ where: { roundId, orgUnitId: In(unitIds) } });
  const items = await manager
    .getRepository(SurveyItemEntity)
    .find({ where: { code: In([...new Set(scores.map((s) => s.itemCode))]) } });
  const results = combineSurveyScores(scores, new Map(items.map((i) => [i.code, i.competencyKey])));
  await manager.delete(SurveyResultEntity, { roundId, orgUnitId: In(unitIds) });
  // The survey is evidence in the gap profile of every leader placed in these units.
  await markUnitLeadersStale(manager, unitIds);
  if (results.length)
    await manager.insert(
      SurveyResultEntity,
      results.map((r) => ({ id: randomUUID(), roundId, ...r })),
    );
}
