import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  OfferFields,
  OfferImportResult,
  OfferSearchQuery,
  OfferSessionFields,
  OfferStatus,
} from '@lederloeft/contracts';
import {
  type CatalogueContext,
  type ParsedOffer,
  type SheetIssue,
  type SheetValue,
  formatDanishDate,
  formatDanishNumber,
  offerToSheetRows,
  parseOfferSheet,
  sessionIdentity,
  sheetColumns,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { bulkInsert } from '../database/bulk-insert';
import { WriteQueue } from '../database/write-queue';
import { importRejected, readUploadedTable } from '../imports/upload';
import { CatalogueContextService } from './catalogue-context.service';
import { todayInDenmark } from './local-date';
import { OfferBehaviourEntity } from './offer-behaviour.entity';
import { OfferEffectEntity } from './offer-effect.entity';
import {
  applyOfferFields,
  byOffer,
  codeKey,
  effectRows,
  effectsOf,
  fieldsOf,
  sessionFieldsOf,
} from './offer-mapping';
import { OfferSearchService } from './offer-search.service';
import { OfferSessionEntity } from './offer-session.entity';
import { OfferEntity } from './offer.entity';
import { Sql } from './sql';
import { markOfferPlansStale } from '../coverage/coverage-staleness';

const CHUNK = 500;
/** Imports this large refresh the planner statistics on PostgreSQL. */
const ANALYZE_AFTER_ROWS = 1000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

interface Existing {
  entity: OfferEntity;
  fields: OfferFields;
  sessions: OfferSessionEntity[];
}

type Plan =
  | { action: 'create'; parsed: ParsedOffer; status: OfferStatus }
  | { action: 'update'; parsed: ParsedOffer; status: OfferStatus; existing: Existing }
  | { action: 'unchanged' };

export type SheetFormat = 'xlsx' | 'csv';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The catalogue spreadsheet: import (upsert on code; a preview that writes nothing; then all
 * rows or none), export of the whole or a filtered catalogue in the same layout, and the
 * template with a guide to every column.
 */
@Injectable()
export class OfferImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly context: CatalogueContextService,
    private readonly search: OfferSearchService,
  ) {}

  async import(file: Buffer, dryRun: boolean): Promise<OfferImportResult> {
    const table = await readUploadedTable(file);
    const context = await this.context.load();
    const sheet = parseOfferSheet(table, context);
    const errors = [...sheet.errors];
    const existing = await this.existing(
      sheet.offers.map((o) => codeKey(o.fields.code)),
      context,
    );
    const plans = sheet.offers.map((parsed) =>
      this.plan(parsed, existing.get(codeKey(parsed.fields.code)), sheet.hasSessions, errors),
    );
    errors.sort((a, b) => a.line - b.line);
    const result: OfferImportResult = {
      dryRun,
      rows: table.rows.length,
      creates: plans.filter((p) => p.action === 'create').length,
      updates: plans.filter((p) => p.action === 'update').length,
      unchanged: plans.filter((p) => p.action === 'unchanged').length,
      sessions: sheet.offers.reduce((sum, o) => sum + o.sessions.length, 0),
      errors: errors.map((e) => ({ line: e.line, column: e.column, message: e.message })),
      changes: plans.flatMap((p) =>
        p.action === 'unchanged'
          ? []
          : [
              {
                line: p.parsed.line,
                action: p.action,
                code: p.parsed.fields.code,
                title: p.parsed.fields.title,
              },
            ],
      ),
    };
    if (dryRun) return result;
    if (errors.length > 0) {
      throw importRejected(
        errors.map((e) => ({ line: e.line, path: e.column, message: e.message })),
      );
    }
    await this.writes.run(async (manager) => {
      // Codes are checked again inside the transaction: another import may have won the race.
      const now = await this.existing(
        sheet.offers.map((o) => codeKey(o.fields.code)),
        context,
        manager,
      );
      const creates = plans.filter((p) => p.action === 'create');
      if (creates.some((p) => now.has(codeKey(p.parsed.fields.code)))) {
        throw importRejected([
          { line: 0, path: 'Kode', message: 'Kataloget er ændret imens. Prøv igen.' },
        ]);
      }
      await this.create(manager, creates, sheet.hasSessions);
      for (const plan of plans) {
        if (plan.action === 'update') {
          await this.update(manager, plan, sheet.hasSessions);
        }
      }
    });
    // After a bulk load PostgreSQL plans the search on stale statistics until autovacuum
    // catches up; refresh them now (a fraction of a second). SQLite plans without them.
    if (this.dataSource.options.type === 'postgres' && plans.length >= ANALYZE_AFTER_ROWS) {
      await this.dataSource.query(
        'ANALYZE offers, offer_effects, offer_behaviours, offer_sessions',
      );
    }
    return result;
  }

  /** Decides what a row does, and adds the problems only the database can reveal. */
  private plan(
    parsed: ParsedOffer,
    existing: Existing | undefined,
    hasSessions: boolean,
    errors: SheetIssue[],
  ): Plan {
    if (!existing) return { action: 'create', parsed, status: parsed.status ?? 'draft' };
    const status = parsed.status ?? existing.entity.status;
    if (status === 'draft' && existing.entity.everPublished) {
      errors.push({
        line: parsed.line,
        column: 'Status',
        message: `${parsed.fields.code} har været udgivet og kan ikke blive kladde igen. Skriv Arkiveret.`,
      });
    }
    if (hasSessions) {
      const kept = new Set(parsed.sessions.map((s) => sessionIdentity(s.fields)));
      for (const session of existing.sessions) {
        if (!kept.has(sessionIdentity(session)) && session.seatsTaken + session.waitingList > 0) {
          errors.push({
            line: parsed.line,
            column: 'Forløb start',
            message: `Forløbet ${formatDanishDate(session.startDate)} (${session.place}) har tilmeldte eller venteliste og står ikke i filen. Tag det med i filen.`,
          });
        }
      }
    } else if (parsed.fields.onDemand && existing.sessions.length > 0) {
      errors.push({
        line: parsed.line,
        column: 'Efter behov',
        message: `${parsed.fields.code} har forløb og kan ikke være efter behov.`,
      });
    }
    const sameFields =
      JSON.stringify(normalise(parsed.fields)) === JSON.stringify(normalise(existing.fields));
    const sameSessions =
      !hasSessions ||
      JSON.stringify(sortedSessions(parsed.sessions.map((s) => s.fields))) ===
        JSON.stringify(sortedSessions(existing.sessions.map(sessionFieldsOf)));
    if (sameFields && sameSessions && status === existing.entity.status) {
      return { action: 'unchanged' };
    }
    return { action: 'update', parsed, status, existing };
  }

  private async create(
    manager: EntityManager,
    plans: Extract<Plan, { action: 'create' }>[],
    hasSessions: boolean,
  ): Promise<void> {
    const now = new Date();
    const offers: OfferEntity[] = [];
    const effects: OfferEffectEntity[] = [];
    const behaviours: OfferBehaviourEntity[] = [];
    const sessions: OfferSessionEntity[] = [];
    for (const plan of plans) {
      const offer = applyOfferFields(new OfferEntity(), plan.parsed.fields);
      Object.assign(offer, {
        id: randomUUID(),
        status: plan.status,
        everPublished: plan.status !== 'draft',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      offers.push(offer);
      const rows = effectRows(offer.id, plan.parsed.fields.effects);
      effects.push(...rows.effectEntities);
      behaviours.push(...rows.behaviourEntities);
      if (hasSessions)
        sessions.push(...plan.parsed.sessions.map((s) => newSession(offer.id, s.fields, now)));
    }
    await insertAll(manager, OfferEntity, offers);
    await insertAll(manager, OfferEffectEntity, effects);
    await insertAll(manager, OfferBehaviourEntity, behaviours);
    await insertAll(manager, OfferSessionEntity, sessions);
  }

  private async update(
    manager: EntityManager,
    plan: Extract<Plan, { action: 'update' }>,
    hasSessions: boolean,
  ): Promise<void> {
    const now = new Date();
    const offer = applyOfferFields(plan.existing.entity, plan.parsed.fields);
    offer.status = plan.status;
    offer.everPublished ||= plan.status !== 'draft';
    offer.version += 1;
    offer.updatedAt = now;
    await manager.getRepository(OfferEntity).save(offer);
    await manager.getRepository(OfferEffectEntity).delete({ offerId: offer.id });
    await manager.getRepository(OfferBehaviourEntity).delete({ offerId: offer.id });
    await markOfferPlansStale(manager, [offer.id]);
    const rows = effectRows(offer.id, plan.parsed.fields.effects);
    await insertAll(manager, OfferEffectEntity, rows.effectEntities);
    await insertAll(manager, OfferBehaviourEntity, rows.behaviourEntities);
    if (!hasSessions) return;
    // Sessions are matched on dates and place; those not in the file go (the plan has
    // already refused to drop a session with people on it).
    const byIdentity = new Map(plan.existing.sessions.map((s) => [sessionIdentity(s), s]));
    const repository = manager.getRepository(OfferSessionEntity);
    for (const { fields } of plan.parsed.sessions) {
      const match = byIdentity.get(sessionIdentity(fields));
      if (match) {
        byIdentity.delete(sessionIdentity(fields));
        if (JSON.stringify(sessionFieldsOf(match)) !== JSON.stringify(fields)) {
          await repository.save(Object.assign(match, fields, { updatedAt: now }));
        }
      } else {
        await repository.insert(newSession(offer.id, fields, now));
      }
    }
    const gone = [...byIdentity.values()].map((s) => s.id);
    if (gone.length) await repository.delete({ id: In(gone) });
  }

  /** Known offers by code key, with their fields and sessions. */
  private async existing(
    keys: string[],
    context: CatalogueContext,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Existing>> {
    const result = new Map<string, Existing>();
    const order = context.competencies.map((c) => c.key);
    for (const part of chunks([...new Set(keys)])) {
      const offers = await manager
        .getRepository(OfferEntity)
        .find({ where: { codeKey: In(part) } });
      if (offers.length === 0) continue;
      const ids = offers.map((o) => o.id);
      // One after the other: inside a transaction, PostgreSQL has a single connection.
      const effects = await manager
        .getRepository(OfferEffectEntity)
        .find({ where: { offerId: In(ids) } });
      const behaviours = await manager
        .getRepository(OfferBehaviourEntity)
        .find({ where: { offerId: In(ids) } });
      const sessions = await manager
        .getRepository(OfferSessionEntity)
        .find({ where: { offerId: In(ids) } });
      const [effectsOfOffer, behavioursOfOffer, sessionsOfOffer] = [
        byOffer(effects),
        byOffer(behaviours),
        byOffer(sessions),
      ];
      for (const offer of offers) {
        result.set(offer.codeKey, {
          entity: offer,
          fields: fieldsOf(
            offer,
            effectsOf(
              effectsOfOffer.get(offer.id) ?? [],
              behavioursOfOffer.get(offer.id) ?? [],
              order,
            ),
          ),
          sessions: sessionsOfOffer.get(offer.id) ?? [],
        });
      }
    }
    return result;
  }

  /** The catalogue (or the part a search selects) in the import layout. */
  async export(
    principal: Principal,
    query: OfferSearchQuery,
    format: SheetFormat,
  ): Promise<Buffer> {
    const context = await this.context.load();
    const today = todayInDenmark();
    const sql = new Sql(this.dataSource);
    const from = this.search.from(query, sql, today);
    const where = this.search.where(principal, query, sql, today);
    const ids = (
      (await this.dataSource.query(
        `SELECT o.id ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${this.search.orderBy(query, sql)}`,
        sql.params,
      )) as { id: string }[]
    ).map((r) => r.id);
    const rows: Record<string, SheetValue>[] = [];
    const order = context.competencies.map((c) => c.key);
    for (const part of chunks(ids)) {
      const [offers, effects, behaviours, sessions] = await Promise.all([
        this.dataSource.getRepository(OfferEntity).find({ where: { id: In(part) } }),
        this.dataSource.getRepository(OfferEffectEntity).find({ where: { offerId: In(part) } }),
        this.dataSource.getRepository(OfferBehaviourEntity).find({ where: { offerId: In(part) } }),
        this.dataSource.getRepository(OfferSessionEntity).find({
          where: { offerId: In(part) },
          order: { startDate: 'ASC', place: 'ASC' },
        }),
      ]);
      const byId = new Map(offers.map((o) => [o.id, o]));
      const [effectsOfOffer, behavioursOfOffer, sessionsOfOffer] = [
        byOffer(effects),
        byOffer(behaviours),
        byOffer(sessions),
      ];
      for (const id of part) {
        const offer = byId.get(id);
        if (!offer) continue;
        const fields = fieldsOf(
          offer,
          effectsOf(effectsOfOffer.get(id) ?? [], behavioursOfOffer.get(id) ?? [], order),
        );
        rows.push(
          ...offerToSheetRows(
            {
              ...fields,
              status: offer.status,
              sessions: (sessionsOfOffer.get(id) ?? []).map((s) => ({
                ...sessionFieldsOf(s),
                id: s.id,
                offerId: id,
                freeSeats: 0,
                registrationOpen: false,
              })),
            },
            context,
          ),
        );
      }
    }
    return format === 'csv' ? this.csv(context, rows) : this.xlsx(context, rows);
  }

  /** An empty sheet with one example row, and the guide to every column. */
  async template(format: SheetFormat): Promise<Buffer> {
    const context = await this.context.load();
    const example = Object.fromEntries(sheetColumns(context).map((c) => [c.header, c.example]));
    return format === 'csv' ? this.csv(context, [example]) : this.xlsx(context, [example]);
  }

  private csv(context: CatalogueContext, rows: Record<string, SheetValue>[]): Buffer {
    const headers = sheetColumns(context).map((c) => c.header);
    const priceHeader = sheetColumns(context).find((c) => c.key === 'priceDkk')?.header;
    const cell = (header: string, value: SheetValue | undefined): string => {
      const text =
        value === null || value === undefined
          ? ''
          : typeof value === 'number'
            ? formatDanishNumber(value, header === priceHeader ? 2 : undefined)
            : typeof value === 'object'
              ? formatDanishDate(value.date)
              : value;
      return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines = [
      headers.map((h) => cell(h, h)).join(';'),
      ...rows.map((row) => headers.map((h) => cell(h, row[h])).join(';')),
    ];
    // UTF-8 with a byte-order mark: Danish Excel then opens æ, ø and å correctly.
    return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
  }

  private async xlsx(
    context: CatalogueContext,
    rows: Record<string, SheetValue>[],
  ): Promise<Buffer> {
    const columns = sheetColumns(context);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Lederløft';
    const sheet = workbook.addWorksheet('Tilbud', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: Math.min(40, Math.max(12, c.header.length + 2)),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) {
      sheet.addRow(
        Object.fromEntries(
          Object.entries(row).map(([header, value]) => [
            header,
            value !== null && typeof value === 'object'
              ? new Date(`${value.date}T00:00:00Z`)
              : value,
          ]),
        ),
      );
    }
    for (const c of columns) {
      const column = sheet.getColumn(c.header);
      if (['startDate', 'endDate', 'registrationDeadline'].includes(c.key)) {
        column.numFmt = 'dd-mm-yyyy';
      } else if (c.key === 'priceDkk') {
        column.numFmt = '#,##0.00';
      }
    }
    const guide = workbook.addWorksheet('Vejledning');
    guide.columns = [
      { header: 'Kolonne', key: 'header', width: 24 },
      { header: 'Skal udfyldes', key: 'required', width: 14 },
      { header: 'Hvad skal der stå', key: 'description', width: 90 },
      { header: 'Eksempel', key: 'example', width: 30 },
    ];
    guide.getRow(1).font = { bold: true };
    for (const c of columns) {
      guide.addRow({ ...c, required: c.required ? 'Ja' : 'Nej' });
    }
    guide.addRow({});
    guide.addRow({
      header: 'Flere forløb',
      description:
        'Et tilbud med flere forløb får en ekstra række pr. forløb med samme Kode og kun forløbskolonnerne udfyldt.',
    });
    const behaviours = workbook.addWorksheet('Adfærd');
    behaviours.columns = [
      { header: 'Kompetence', key: 'competency', width: 30 },
      { header: 'Nøgle (til kolonnen Adfærd)', key: 'key', width: 50 },
      { header: 'Adfærd', key: 'text', width: 100 },
    ];
    behaviours.getRow(1).font = { bold: true };
    const texts = await this.context.behaviourTexts();
    for (const c of context.competencies) {
      for (const key of c.behaviourKeys) {
        behaviours.addRow({ competency: c.name, key, text: texts.get(key) ?? '' });
      }
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

function newSession(offerId: string, fields: OfferSessionFields, now: Date): OfferSessionEntity {
  return Object.assign(new OfferSessionEntity(), {
    ...fields,
    id: randomUUID(),
    offerId,
    createdAt: now,
    updatedAt: now,
  });
}

const insertAll = bulkInsert;

/** Fields as the database would hold them, so that a re-import compares equal. */
function normalise(fields: OfferFields): OfferFields {
  return fieldsOf(applyOfferFields(new OfferEntity(), fields), fields.effects);
}

function sortedSessions(sessions: OfferSessionFields[]): OfferSessionFields[] {
  return [...sessions]
    .map((s) => ({ ...s, place: s.place.trim() }))
    .sort((a, b) => sessionIdentity(a).localeCompare(sessionIdentity(b)));
}
