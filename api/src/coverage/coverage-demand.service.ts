import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CoverageDemand, SessionDemand } from '@lederloeft/contracts';
import { demandValue, DomainError, type DemandLine, unmetDemand } from '@lederloeft/domain';
import { Sql } from '../catalogue/sql';
import { OfferSearchService } from '../catalogue/offer-search.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { loadRounds } from './coverage-data';
import { CoverageFactsService } from './coverage-facts.service';

type Row = Record<string, string | number | null>;
const num = (value: unknown) => Number(value ?? 0);

/**
 * HR's demand against supply: leaders below target per competency and behaviour in a round
 * (counts from the facts, hidden below the limit), the catalogue's coverage (the same
 * figures as GET /api/offers/coverage), seats against requests per session, and the gaps
 * no available offer meets, largest first.
 */
@Injectable()
export class CoverageDemandService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: CoverageFactsService,
    private readonly catalogue: OfferSearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async demand(roundId: string | undefined): Promise<CoverageDemand> {
    await this.facts.ensureFresh();
    const min = this.config.coverageMinGroupSize;
    const rounds = await loadRounds(this.dataSource);
    const round = roundId === undefined ? rounds[0] : rounds.find((r) => r.id === roundId);
    if (!round) {
      throw new DomainError(
        'NOT_FOUND',
        roundId === undefined ? 'Der er endnu ingen vurderingsrunde.' : 'Runden findes ikke.',
      );
    }
    const supply = await this.catalogue.coverage();
    const q = (text: string, params: unknown[]) =>
      this.dataSource.query(text, params) as Promise<Row[]>;

    const s1 = new Sql(this.dataSource);
    const competencyDemand = await q(
      `SELECT competency_key AS k, SUM(below) AS n FROM coverage_unit_stats
       WHERE round_id = ${s1.p(round.id)} AND competency_key <> '*' GROUP BY competency_key`,
      s1.params,
    );
    const s2 = new Sql(this.dataSource);
    const behaviourDemand = await q(
      `SELECT behaviour_key AS k, COUNT(*) AS n FROM coverage_behaviour_gaps
       WHERE round_id = ${s2.p(round.id)} GROUP BY behaviour_key`,
      s2.params,
    );
    const published = `o.status = 'published'`;
    const s3 = new Sql(this.dataSource);
    const window = `s.start_date >= ${s3.p(supply.from)} AND s.start_date <= ${s3.p(supply.to)}`;
    const seats = await q(
      `SELECT e.competency_key AS k, SUM(s.seats_taken) AS taken, SUM(s.capacity) AS capacity, SUM(s.waiting_list) AS waiting
       FROM offer_effects e JOIN offers o ON o.id = e.offer_id JOIN offer_sessions s ON s.offer_id = o.id
       WHERE ${published} AND ${window} GROUP BY e.competency_key`,
      s3.params,
    );
    const onDemandBehaviours = await q(
      `SELECT b.behaviour_key AS k, COUNT(*) AS n FROM offer_behaviours b JOIN offers o ON o.id = b.offer_id
       WHERE ${published} AND o.on_demand = ${s3.bool(true)} GROUP BY b.behaviour_key`,
      [],
    );
    const s4 = new Sql(this.dataSource);
    const sessionRows = await q(
      `SELECT s.id, s.offer_id, o.title, s.start_date, s.end_date, s.place, s.capacity, s.seats_taken, s.waiting_list
       FROM offer_sessions s JOIN offers o ON o.id = s.offer_id
       WHERE ${published} AND s.start_date >= ${s4.p(supply.from)} AND s.start_date <= ${s4.p(supply.to)}
       ORDER BY s.waiting_list DESC, s.start_date, s.id`,
      s4.params,
    );
    const offerCompetencies = await q(
      `SELECT e.offer_id AS o, e.competency_key AS k FROM offer_effects e JOIN offers o ON o.id = e.offer_id WHERE ${published}`,
      [],
    );
    const count = (rows: Row[], key: string, field = 'n') =>
      num(rows.find((r) => r['k'] === key)?.[field]);

    const competencies = supply.competencies.map((c) => ({
      competencyKey: c.competencyKey,
      demand: demandValue(count(competencyDemand, c.competencyKey), min),
      strongOffers: c.strongOffers,
      someOffers: c.someOffers,
      onDemandOffers: c.onDemandOffers,
      sessions: c.sessions,
      freeSeats: c.freeSeats,
      seatsTaken: count(seats, c.competencyKey, 'taken'),
      capacity: count(seats, c.competencyKey, 'capacity'),
      waitingList: count(seats, c.competencyKey, 'waiting'),
    }));
    const behaviours = supply.competencies.flatMap((c) =>
      c.behaviours.map((b) => ({
        competencyKey: c.competencyKey,
        behaviourKey: b.behaviourKey,
        demand: demandValue(count(behaviourDemand, b.behaviourKey), min),
        offers: b.offers,
        onDemandOffers: count(onDemandBehaviours, b.behaviourKey),
        freeSeats: b.freeSeats,
      })),
    );
    const lines: DemandLine[] = supply.competencies.flatMap((c) => [
      {
        competencyKey: c.competencyKey,
        behaviourKey: null,
        leaders: count(competencyDemand, c.competencyKey),
        availableSeats: c.onDemandOffers > 0 ? null : c.freeSeats,
      },
      ...c.behaviours.map((b) => ({
        competencyKey: c.competencyKey,
        behaviourKey: b.behaviourKey,
        leaders: count(behaviourDemand, b.behaviourKey),
        availableSeats: count(onDemandBehaviours, b.behaviourKey) > 0 ? null : b.freeSeats,
      })),
    ]);
    const keysOf = new Map<string, string[]>();
    for (const r of offerCompetencies) {
      keysOf.set(String(r['o']), [...(keysOf.get(String(r['o'])) ?? []), String(r['k'])]);
    }
    const pressure = (s: SessionDemand) =>
      s.waitingList * 1000 + s.seatsTaken / Math.max(1, s.capacity);
    const sessions: SessionDemand[] = sessionRows
      .map((r) => ({
        offerId: String(r['offer_id']),
        offerTitle: String(r['title']),
        sessionId: String(r['id']),
        startDate: String(r['start_date']),
        endDate: String(r['end_date']),
        place: r['place'] === null ? null : String(r['place']),
        capacity: num(r['capacity']),
        seatsTaken: num(r['seats_taken']),
        waitingList: num(r['waiting_list']),
        competencyKeys: keysOf.get(String(r['offer_id'])) ?? [],
      }))
      .sort((a, b) => pressure(b) - pressure(a) || a.startDate.localeCompare(b.startDate));
    return {
      round: {
        id: round.id,
        name: round.name,
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        status: round.status,
      },
      minGroupSize: min,
      from: supply.from,
      to: supply.to,
      competencies,
      behaviours,
      sessions,
      unmet: unmetDemand(lines, min),
    };
  }
}
