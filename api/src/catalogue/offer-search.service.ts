import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type {
  CatalogueCoverage,
  OfferListItem,
  OfferSearchQuery,
  OfferSearchResult,
  OfferStatus,
} from '@lederloeft/contracts';
import { DomainError, searchTerms } from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { CatalogueContextService } from './catalogue-context.service';
import { addMonths, todayInDenmark } from './local-date';
import { STRENGTH_RANK, effectsOf, sessionView } from './offer-mapping';
import { OfferBehaviourEntity } from './offer-behaviour.entity';
import { OfferEffectEntity } from './offer-effect.entity';
import { OfferSessionEntity } from './offer-session.entity';
import { isCurator } from './offers.service';
import { Sql } from './sql';

interface OfferRow {
  id: string;
  code: string;
  kind: OfferListItem['kind'];
  title: string;
  provider: string;
  format: OfferListItem['format'];
  language: OfferListItem['language'];
  location: string | null;
  hours_tenths: number;
  price_ore: number;
  price_includes_vat: boolean | number;
  price_is_indicative: boolean | number;
  ects_tenths: number | null;
  target_levels: string;
  status: OfferStatus;
  on_demand: boolean | number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const FAR_FUTURE = '9999-12-31';

/**
 * Server-side search of the catalogue: free text (every word must match title, provider,
 * description or code; case-insensitive with æ, ø and å), filters that combine with AND,
 * sorting and pages. Published offers only, unless the caller curates the catalogue.
 */
@Injectable()
export class OfferSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: CatalogueContextService,
  ) {}

  /** The WHERE clause of a search, shared by the page, the count and the export. */
  where(principal: Principal, query: OfferSearchQuery, sql: Sql, today: string): string[] {
    const where: string[] = [];
    if (!isCurator(principal)) {
      if (query.status && query.status !== 'published') {
        throw new DomainError('FORBIDDEN', 'Kun HR kan se kladder og arkiverede tilbud.');
      }
      where.push(`o.status = 'published'`);
    } else if (query.status) {
      where.push(`o.status = ${sql.p(query.status)}`);
    }
    for (const term of searchTerms(query.q ?? '')) {
      where.push(`o.search_all LIKE ${sql.contains(term)}`);
    }
    if (query.competency) {
      const rank = STRENGTH_RANK[query.strength ?? 'some'];
      where.push(
        `EXISTS (SELECT 1 FROM offer_effects e WHERE e.offer_id = o.id AND e.competency_key = ${sql.p(query.competency)} AND e.strength_rank >= ${sql.p(rank)})`,
      );
    }
    if (query.behaviour) {
      where.push(
        `EXISTS (SELECT 1 FROM offer_behaviours b WHERE b.offer_id = o.id AND b.behaviour_key = ${sql.p(query.behaviour)})`,
      );
    }
    if (query.kind) where.push(`o.kind = ${sql.p(query.kind)}`);
    if (query.format) where.push(`o.format = ${sql.p(query.format)}`);
    if (query.language) where.push(`o.language = ${sql.p(query.language)}`);
    if (query.level) {
      where.push(
        `(o.target_levels = '' OR o.target_levels LIKE ${sql.contains(`,${query.level},`)})`,
      );
    }
    if (query.priceMin !== undefined) {
      where.push(`o.price_ore >= ${sql.p(Math.round(query.priceMin * 100))}`);
    }
    if (query.priceMax !== undefined) {
      where.push(`o.price_ore <= ${sql.p(Math.round(query.priceMax * 100))}`);
    }
    if (query.from || query.to) {
      const from = query.from && query.from > today ? query.from : today;
      const to = query.to ?? FAR_FUTURE;
      where.push(
        `(o.on_demand = ${sql.bool(true)} OR EXISTS (SELECT 1 FROM offer_sessions s WHERE s.offer_id = o.id AND s.start_date >= ${sql.p(from)} AND s.start_date <= ${sql.p(to)} AND s.seats_taken < s.capacity AND s.registration_deadline >= ${sql.p(today)}))`,
      );
    }
    return where;
  }

  /**
   * FROM of a search. Sorting by date joins each offer's next open session with a free seat,
   * aggregated once over the sessions (a correlated subquery per offer was three times
   * slower on PostgreSQL). Built before the WHERE, as SQLite binds placeholders in order.
   */
  from(query: OfferSearchQuery, sql: Sql, today: string): string {
    if (query.sort !== 'date') return 'FROM offers o';
    return `FROM offers o LEFT JOIN (SELECT s.offer_id, MIN(s.start_date) AS next_start FROM offer_sessions s WHERE s.start_date >= ${sql.p(today)} AND s.registration_deadline >= ${sql.p(today)} AND s.seats_taken < s.capacity GROUP BY s.offer_id) n ON n.offer_id = o.id`;
  }

  /** ORDER BY of a search; ids break ties so that pages never overlap. */
  orderBy(query: OfferSearchQuery, sql: Sql): string {
    const sort = query.sort ?? (query.q?.trim() ? 'relevance' : 'title');
    const terms = searchTerms(query.q ?? '');
    if (sort === 'relevance' && terms.length > 0) {
      const score = terms
        .map(
          (t) =>
            `(CASE WHEN o.search_title LIKE ${sql.contains(t)} THEN 3 ELSE 0 END) + (CASE WHEN o.search_provider LIKE ${sql.contains(t)} THEN 2 ELSE 0 END)`,
        )
        .join(' + ');
      return `ORDER BY ${score} DESC, o.search_title, o.id`;
    }
    if (sort === 'date') {
      return `ORDER BY COALESCE(n.next_start, '${FAR_FUTURE}'), o.search_title, o.id`;
    }
    if (sort === 'price') return 'ORDER BY o.price_ore, o.search_title, o.id';
    return 'ORDER BY o.search_title, o.id';
  }

  async search(principal: Principal, query: OfferSearchQuery): Promise<OfferSearchResult> {
    const today = todayInDenmark();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const sql = new Sql(this.dataSource);
    const fromSql = this.from(query, sql, today);
    const where = this.where(principal, query, sql, today);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countSql = new Sql(this.dataSource);
    const countWhere = this.where(principal, query, countSql, today);
    const orderSql = this.orderBy(query, sql);
    // The total comes with the page (a window count): one pass over the matches, not two.
    const pageSql = `SELECT o.id, o.code, o.kind, o.title, o.provider, o.format, o.language, o.location, o.hours_tenths, o.price_ore, o.price_includes_vat, o.price_is_indicative, o.ects_tenths, o.target_levels, o.status, o.on_demand, COUNT(*) OVER () AS total ${fromSql} ${whereSql} ${orderSql} LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`;
    const rows = (await this.dataSource.query(pageSql, sql.params)) as (OfferRow & {
      total: number | string;
    })[];
    // A page past the end has no rows to carry the total: count on its own.
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : page === 1
          ? 0
          : Number(
              (
                (await this.dataSource.query(
                  `SELECT COUNT(*) AS total FROM offers o ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}`,
                  countSql.params,
                )) as { total: number | string }[]
              )[0]?.total ?? 0,
            );
    return { items: await this.listItems(rows, today), total, page, pageSize };
  }

  private async listItems(rows: OfferRow[], today: string): Promise<OfferListItem[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const order = (await this.context.load()).competencies.map((c) => c.key);
    const [effects, behaviours, sessions] = await Promise.all([
      this.dataSource.getRepository(OfferEffectEntity).find({ where: { offerId: In(ids) } }),
      this.dataSource.getRepository(OfferBehaviourEntity).find({ where: { offerId: In(ids) } }),
      this.dataSource
        .getRepository(OfferSessionEntity)
        .createQueryBuilder('s')
        .where('s.offer_id IN (:...ids)', { ids })
        .andWhere('s.start_date >= :today AND s.registration_deadline >= :today', { today })
        .orderBy('s.start_date', 'ASC')
        .getMany(),
    ]);
    return rows.map((r) => {
      const open = sessions.filter((s) => s.offerId === r.id);
      const withSeats = open.filter((s) => s.seatsTaken < s.capacity);
      return {
        id: r.id,
        code: r.code,
        kind: r.kind,
        title: r.title,
        provider: r.provider,
        format: r.format,
        language: r.language,
        location: r.location,
        hours: Number(r.hours_tenths) / 10,
        priceDkk: Number(r.price_ore) / 100,
        priceIncludesVat: Boolean(r.price_includes_vat),
        priceIsIndicative: Boolean(r.price_is_indicative),
        ects: r.ects_tenths === null ? null : Number(r.ects_tenths) / 10,
        targetLevels: r.target_levels.split(',').filter((l) => l !== ''),
        status: r.status,
        onDemand: Boolean(r.on_demand),
        effects: effectsOf(
          effects.filter((e) => e.offerId === r.id),
          behaviours.filter((b) => b.offerId === r.id),
          order,
        ),
        nextSession: withSeats[0] ? sessionView(withSeats[0], today) : null,
        openSessionCount: open.length,
        freeSeats: open.reduce((sum, s) => sum + Math.max(0, s.capacity - s.seatsTaken), 0),
      };
    });
  }

  /**
   * How well the published catalogue covers the framework: per competency the offers by
   * strength and the free seats in the next 12 months; per behaviour the offers naming it.
   */
  /**
   * The distinct places of published offers, in Danish order: what a leader can choose from
   * when a proposal should only use places they can get to (the planner matches the place
   * exactly, ignoring case). Online offers and offers without a place always count.
   */
  async locations(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT o.location AS location FROM offers o WHERE o.status = 'published' AND o.location IS NOT NULL AND o.format <> 'online'`,
    )) as { location: string }[];
    const places = new Map<string, string>();
    for (const { location } of rows) {
      const place = location.trim();
      const key = place.toLocaleLowerCase('da');
      if (place && !places.has(key)) places.set(key, place);
    }
    return [...places.values()].sort(new Intl.Collator('da').compare);
  }

  async coverage(): Promise<CatalogueCoverage> {
    const context = await this.context.load();
    const from = todayInDenmark();
    const to = addMonths(from, 12);
    const published = `o.status = 'published'`;
    const sql = new Sql(this.dataSource);
    const seatsWindow = `s.start_date >= ${sql.p(from)} AND s.start_date <= ${sql.p(to)} AND s.registration_deadline >= ${sql.p(from)} AND s.seats_taken < s.capacity`;
    const seatParams = [...sql.params];
    type Count = Record<string, string | number | null>;
    const q = (text: string, params: unknown[] = []) =>
      this.dataSource.query(text, params) as Promise<Count[]>;
    const [total, strengths, competencySeats, behaviourOffers, behaviourSeats] = await Promise.all([
      q(`SELECT COUNT(*) AS n FROM offers o WHERE ${published}`),
      q(
        `SELECT e.competency_key AS k, e.strength AS strength, COUNT(*) AS n, SUM(CASE WHEN o.on_demand = ${sql.bool(true)} THEN 1 ELSE 0 END) AS on_demand FROM offer_effects e JOIN offers o ON o.id = e.offer_id WHERE ${published} GROUP BY e.competency_key, e.strength`,
      ),
      q(
        `SELECT e.competency_key AS k, COUNT(*) AS sessions, SUM(s.capacity - s.seats_taken) AS seats FROM offer_effects e JOIN offers o ON o.id = e.offer_id JOIN offer_sessions s ON s.offer_id = o.id WHERE ${published} AND ${seatsWindow} GROUP BY e.competency_key`,
        seatParams,
      ),
      q(
        `SELECT b.behaviour_key AS k, COUNT(*) AS n FROM offer_behaviours b JOIN offers o ON o.id = b.offer_id WHERE ${published} GROUP BY b.behaviour_key`,
      ),
      q(
        `SELECT b.behaviour_key AS k, SUM(s.capacity - s.seats_taken) AS seats FROM offer_behaviours b JOIN offers o ON o.id = b.offer_id JOIN offer_sessions s ON s.offer_id = o.id WHERE ${published} AND ${seatsWindow} GROUP BY b.behaviour_key`,
        seatParams,
      ),
    ]);
    const num = (rows: Count[], key: string, field: string, extra?: (r: Count) => boolean) =>
      rows
        .filter((r) => r['k'] === key && (extra ? extra(r) : true))
        .reduce((sum, r) => sum + Number(r[field] ?? 0), 0);
    return {
      from,
      to,
      publishedOffers: Number(total[0]?.['n'] ?? 0),
      competencies: context.competencies.map((c) => ({
        competencyKey: c.key,
        strongOffers: num(strengths, c.key, 'n', (r) => r['strength'] === 'strong'),
        someOffers: num(strengths, c.key, 'n', (r) => r['strength'] === 'some'),
        onDemandOffers: num(strengths, c.key, 'on_demand'),
        sessions: num(competencySeats, c.key, 'sessions'),
        freeSeats: num(competencySeats, c.key, 'seats'),
        behaviours: c.behaviourKeys.map((b) => ({
          behaviourKey: b,
          offers: num(behaviourOffers, b, 'n'),
          freeSeats: num(behaviourSeats, b, 'seats'),
        })),
      })),
    };
  }
}
