import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  CoverageCell,
  CoverageCompetencyRef,
  CoverageOverview,
  CoverageRoundRef,
  CoverageRow,
  CoverageTrend,
  CoverageTrendSeries,
  OrgUnitRef,
} from '@lederloeft/contracts';
import {
  ALL_COMPETENCIES,
  buildBudgetTable,
  buildCoverageTable,
  canSetCoverageTargets,
  type CoverageTable,
  DomainError,
  type RowRef,
  stayersByRow,
  trendChange,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { type CoverageAccess, coverageAccess } from './coverage-access';
import {
  type CoverageUnit,
  loadBudgets,
  loadCompetencies,
  loadRounds,
  loadUnitCounts,
  loadUnits,
  membershipPairs,
} from './coverage-data';
import { CoverageFactsService } from './coverage-facts.service';
import { readCoverageGeneration } from './coverage-generation';
import { CoverageTargetsService } from './coverage-targets.service';

/** Everything a coverage answer for one unit and round is made from. */
export interface CoverageContext {
  /** The coverage generation the tables were built for (coverage-generation.ts). */
  generation: string;
  units: CoverageUnit[];
  access: CoverageAccess;
  unit: CoverageUnit;
  round: CoverageRoundRef & { frameworkId: string };
  rounds: (CoverageRoundRef & { frameworkId: string })[];
  competencies: CoverageCompetencyRef[];
  table: CoverageTable;
  minGroupSize: number;
}

const roundRef = (r: CoverageRoundRef): CoverageRoundRef => ({
  id: r.id,
  name: r.name,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  status: r.status,
});

/**
 * Entries of the generation cache (per-unit answers, trends, the tree, each round's table):
 * enough for everyone looking at once, bounded so that a walk over all 11,000 units of a
 * large municipality does not keep them all.
 */
const COVERAGE_CACHE_ENTRIES = 300;

/**
 * Overblik: the heatmap of a unit (its total and a row per sub-unit and for its own
 * leaders), and the trend over rounds. Facts are brought up to date first; then one row
 * per unit and competency is read and the suppression rules of libs/domain run over the
 * whole tree, so every caller and every export sees the same hidden figures.
 */
@Injectable()
export class CoverageService {
  /**
   * Tables, units, rounds and budgets computed for one coverage generation: building the
   * table of a 50,000-leader tree costs a few hundred milliseconds, reading it from here
   * nothing. A new generation (any write that changes what they are built from) drops them.
   */
  private cache: { generation: string; entries: Map<string, Promise<unknown>> } = {
    generation: '',
    entries: new Map(),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: CoverageFactsService,
    private readonly targets: CoverageTargetsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get minGroupSize(): number {
    return this.config.coverageMinGroupSize;
  }

  /** 1 to minGroupSize − 1: a count that would be about too few. */
  private few(count: number): boolean {
    return count > 0 && count < this.minGroupSize;
  }

  /** What `build` gives, once per generation and key (the promise, so callers share it). */
  cached<T>(generation: string, key: string, build: () => Promise<T>): Promise<T> {
    if (this.cache.generation !== generation) this.cache = { generation, entries: new Map() };
    const entries = this.cache.entries;
    let entry = entries.get(key) as Promise<T> | undefined;
    if (entry) {
      // Least recently used goes first: the tree and the round's table, read by every
      // request, stay; the answers for units nobody looks at any more go.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    }
    entry = build();
    entries.set(key, entry);
    // A failed build is not kept: the next request tries again.
    entry.catch(() => entries.delete(key));
    for (const oldest of entries.keys()) {
      if (entries.size <= COVERAGE_CACHE_ENTRIES) break;
      entries.delete(oldest);
    }
    return entry;
  }

  /** The unit (default: the caller's first) and round (default: the newest) with its table. */
  async context(
    principal: Principal,
    orgUnitId: string | undefined,
    roundId: string | undefined,
  ): Promise<CoverageContext> {
    await this.facts.ensureFresh();
    const generation = await readCoverageGeneration(this.dataSource);
    const units = await this.cached(generation, 'units', () => loadUnits(this.dataSource));
    const access = await coverageAccess(this.dataSource, principal, units, (key, build) =>
      this.cached(generation, key, build),
    );
    if (access.startUnits.length === 0) {
      throw new DomainError('NOT_FOUND', 'Du har ingen enheder at se i Overblik.');
    }
    const unit = access.unitFor(orgUnitId);
    const rounds = await this.cached(generation, 'rounds', () => loadRounds(this.dataSource));
    const round = roundId === undefined ? rounds[0] : rounds.find((r) => r.id === roundId);
    if (!round) {
      throw new DomainError(
        'NOT_FOUND',
        roundId === undefined ? 'Der er endnu ingen vurderingsrunde.' : 'Runden findes ikke.',
      );
    }
    const competencies = await this.competencies(generation, round.frameworkId);
    const table = await this.table(generation, units, round.id, competencies);
    return {
      generation,
      units,
      access,
      unit,
      round,
      rounds,
      competencies,
      table,
      minGroupSize: this.minGroupSize,
    };
  }

  competencies(generation: string, frameworkId: string): Promise<CoverageCompetencyRef[]> {
    return this.cached(generation, `competencies:${frameworkId}`, () =>
      loadCompetencies(this.dataSource, frameworkId),
    );
  }

  table(
    generation: string,
    units: CoverageUnit[],
    roundId: string,
    competencies: CoverageCompetencyRef[],
  ): Promise<CoverageTable> {
    return this.cached(generation, `table:${roundId}`, async () =>
      buildCoverageTable({
        units,
        competencyKeys: competencies.map((c) => c.key),
        own: await loadUnitCounts(this.dataSource, roundId),
        minGroupSize: this.minGroupSize,
      }),
    );
  }

  async overview(
    principal: Principal,
    orgUnitId: string | undefined,
    roundId: string | undefined,
  ): Promise<CoverageOverview> {
    const context = await this.context(principal, orgUnitId, roundId);
    const { units, access, unit, table } = context;
    // The rows depend only on what the generation covers: built once per unit and round.
    const { head, rows } = await this.cached(
      context.generation,
      `rows:${context.round.id}:${unit.id}`,
      async () => {
        const budget = await this.cached(context.generation, 'budget', async () =>
          buildBudgetTable({
            units,
            own: await loadBudgets(this.dataSource),
            minGroupSize: this.minGroupSize,
          }),
        );
        const byUnit = new Map(units.map((u) => [u.id, u]));
        const row = (ref: RowRef): CoverageRow => {
          const of = byUnit.get(ref.unitId) as CoverageUnit;
          return {
            kind: ref.kind,
            orgUnit: { id: of.id, name: of.name, kind: of.kind },
            leaders: table.counts(ref).all.leaders,
            cells: table.cells(ref),
            budget: budget(ref),
            drillable: ref.kind === 'unit' && table.showsUnder(ref.unitId),
          };
        };
        return {
          head: row({ kind: 'unit', unitId: unit.id }),
          rows: rowsUnder(table, byUnit, unit.id).map(row),
        };
      },
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    return {
      round: roundRef(context.round),
      rounds: context.rounds.map(roundRef),
      minGroupSize: this.minGroupSize,
      competencies: context.competencies,
      breadcrumb: breadcrumb(unit, byId, access),
      scopes: access.startUnits.map((u) => ({ id: u.id, name: u.name })),
      unit: head,
      rows,
      targets: await this.targets.progress(context, [
        unit.id,
        ...rows.filter((r) => r.kind === 'unit').map((r) => r.orgUnit.id),
      ]),
      canSetTargets: canSetCoverageTargets(principal, unit.path),
      generatedAt: new Date().toISOString(),
    };
  }

  /** The unit and its rows over every round, oldest first, with the change between rounds. */
  async trend(principal: Principal, orgUnitId: string | undefined): Promise<CoverageTrend> {
    const context = await this.context(principal, orgUnitId, undefined);
    // The same for everyone who may see the unit: built once per generation.
    return this.cached(context.generation, `trend:${context.unit.id}`, () =>
      this.buildTrend(context),
    );
  }

  private async buildTrend(context: CoverageContext): Promise<CoverageTrend> {
    const { units, unit, competencies } = context;
    const rounds = [...context.rounds].reverse();
    const tables = new Map<string, CoverageTable>();
    for (const round of rounds) {
      tables.set(
        round.id,
        round.id === context.round.id
          ? context.table
          : await this.table(
              context.generation,
              units,
              round.id,
              await this.competencies(context.generation, round.frameworkId),
            ),
      );
    }
    const byUnit = new Map(units.map((u) => [u.id, u]));
    const refs: RowRef[] = [
      { kind: 'unit', unitId: unit.id },
      ...rowsUnder(context.table, byUnit, unit.id),
    ];
    const columns = [...competencies.map((c) => c.key), ALL_COMPETENCIES];
    // Who stayed between each pair of rounds, per row and column.
    const stayers = new Map<string, Map<string, (row: RowRef) => number>>();
    for (let i = 1; i < rounds.length; i++) {
      const subtree = units.filter((u) => u.path.startsWith(unit.path)).map((u) => u.id);
      const pairs = await this.cached(
        context.generation,
        `pairs:${rounds[i - 1].id}:${rounds[i].id}:${unit.id}`,
        () => membershipPairs(this.dataSource, rounds[i - 1].id, rounds[i].id, subtree),
      );
      stayers.set(
        rounds[i].id,
        new Map(columns.map((column) => [column, stayersByRow(units, pairs.get(column) ?? [])])),
      );
    }
    const byId = new Map(units.map((u) => [u.id, u]));
    const assessed = (table: CoverageTable, ref: RowRef, column: string) =>
      column === ALL_COMPETENCIES
        ? table.counts(ref).all.assessed
        : (table.counts(ref).competencies[column]?.assessed ?? 0);
    // Editions may differ between rounds: cells are matched by competency key.
    const cellsOf = new Map<string, CoverageCell[]>();
    const cellOf = (table: CoverageTable, ref: RowRef, column: string) => {
      const key = `${[...tables.values()].indexOf(table)}|${ref.kind}:${ref.unitId}`;
      let cells = cellsOf.get(key);
      if (!cells) {
        cells = table.cells(ref);
        cellsOf.set(key, cells);
      }
      return (
        cells.find((c) => (c.competencyKey ?? ALL_COMPETENCIES) === column) ?? {
          met: { shown: false as const, reason: 'no-data' as const },
          gap: { shown: false as const, reason: 'no-data' as const },
        }
      );
    };
    const series: CoverageTrendSeries[] = refs.flatMap((ref) =>
      columns.map((column) => ({
        row: {
          kind: ref.kind,
          orgUnit: { id: ref.unitId, name: byId.get(ref.unitId)?.name ?? '' },
        },
        competencyKey: column === ALL_COMPETENCIES ? null : column,
        points: rounds.map((round, i) => {
          const table = tables.get(round.id) as CoverageTable;
          const cell = cellOf(table, ref, column);
          if (i === 0)
            return {
              roundId: round.id,
              met: cell.met,
              gap: cell.gap,
              change: null,
              membership: null,
            };
          const previous = tables.get(rounds[i - 1].id) as CoverageTable;
          const before = cellOf(previous, ref, column).met;
          const stayed = stayers.get(round.id)?.get(column)?.(ref) ?? 0;
          const membership = {
            in: assessed(table, ref, column) - stayed,
            out: assessed(previous, ref, column) - stayed,
          };
          return {
            roundId: round.id,
            met: cell.met,
            gap: cell.gap,
            change: trendChange(before, cell.met, membership, this.minGroupSize),
            // Where a round's figure is hidden, its counts would undo the hiding; and 1 to
            // min − 1 who came or went would be counts about them.
            membership:
              cell.met.shown &&
              before.shown &&
              !this.few(membership.in) &&
              !this.few(membership.out)
                ? membership
                : null,
          };
        }),
      })),
    );
    return {
      orgUnit: { id: unit.id, name: unit.name },
      minGroupSize: this.minGroupSize,
      competencies,
      rounds: rounds.map(roundRef),
      series,
    };
  }
}

/**
 * The rows of a unit's table: its own leaders first (when it has any), then its sub-units
 * in Danish alphabetical order.
 */
export function rowsUnder(
  table: CoverageTable,
  byId: Map<string, CoverageUnit>,
  unitId: string,
): RowRef[] {
  const collator = new Intl.Collator('da');
  const name = (ref: RowRef) => byId.get(ref.unitId)?.name ?? '';
  const refs = table.rowsUnder(unitId);
  return [
    ...refs.filter((ref) => ref.kind === 'own' && table.counts(ref).all.leaders > 0),
    ...refs.filter((ref) => ref.kind === 'unit').sort((a, b) => collator.compare(name(a), name(b))),
  ];
}

/** From the caller's top unit down to `unit`, the units the caller may see. */
function breadcrumb(
  unit: CoverageUnit,
  byId: Map<string, CoverageUnit>,
  access: CoverageAccess,
): OrgUnitRef[] {
  return unit.path
    .split('/')
    .filter(Boolean)
    .flatMap((id) => {
      const u = byId.get(id);
      return u && access.canView(u) ? [{ id: u.id, name: u.name }] : [];
    });
}
