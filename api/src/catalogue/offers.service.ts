import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  CreateOfferRequest,
  CreateOfferSessionRequest,
  OfferFields,
  OfferSessionView,
  OfferStatus,
  OfferView,
  UpdateOfferRequest,
  UpdateOfferSessionRequest,
} from '@lederloeft/contracts';
import {
  type CatalogueContext,
  DomainError,
  type OfferIssue,
  validateOffer,
  validateSession,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { WriteQueue } from '../database/write-queue';
import { CatalogueContextService } from './catalogue-context.service';
import { todayInDenmark } from './local-date';
import { OfferBehaviourEntity } from './offer-behaviour.entity';
import { OfferEffectEntity } from './offer-effect.entity';
import {
  applyOfferFields,
  codeKey,
  effectRows,
  effectsOf,
  fieldsOf,
  offerView,
  sessionFieldsOf,
  sessionView,
} from './offer-mapping';
import { OfferSessionEntity } from './offer-session.entity';
import { OfferEntity } from './offer.entity';
import { SeatBookingEntity } from '../plans/seat-booking.entity';
import { moveUpIntoFreeSeats } from '../plans/seats.service';
import { markOfferPlansStale } from '../coverage/coverage-staleness';

/** HR and administrators curate the catalogue; everyone else reads what is published. */
export function isCurator(principal: Principal): boolean {
  return principal.roles.includes('hr') || principal.roles.includes('admin');
}

const NOT_FOUND = 'Tilbuddet findes ikke.';

function invalid(issues: OfferIssue[], prefix = ''): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    issues.length === 1 ? issues[0].message : `Tilbuddet har ${issues.length} fejl.`,
    issues.map((i) => ({ path: `${prefix}${i.path}`, message: i.message })),
  );
}

/**
 * Curation of offers and their sessions. Writes go through the write queue in one
 * transaction each; an edit must carry the version it read (optimistic locking), so two
 * people editing the same offer cannot overwrite each other unnoticed.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly context: CatalogueContextService,
  ) {}

  async get(principal: Principal, id: string): Promise<OfferView> {
    const [offer, context] = await Promise.all([
      this.visibleOffer(principal, id),
      this.context.load(),
    ]);
    return this.view(this.dataSource.manager, offer, context);
  }

  async create(request: CreateOfferRequest): Promise<OfferView> {
    const context = await this.context.load();
    const { status = 'draft', ...fields } = request;
    this.check(fields, context);
    return this.writes.run(async (manager) => {
      await this.assertCodeFree(manager, fields.code, null);
      const now = new Date();
      const offer = applyOfferFields(new OfferEntity(), fields);
      Object.assign(offer, {
        id: randomUUID(),
        status,
        everPublished: status !== 'draft',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.getRepository(OfferEntity).insert(offer);
      await this.writeEffects(manager, offer.id, fields);
      return this.view(manager, offer, context);
    });
  }

  async update(id: string, request: UpdateOfferRequest): Promise<OfferView> {
    const context = await this.context.load();
    return this.writes.run(async (manager) => {
      const offer = await this.find(manager, id);
      const { version, status, ...changes } = request;
      if (offer.version !== version) throw stale();
      const current = fieldsOf(offer, await this.effects(manager, [offer.id], context));
      const fields: OfferFields = { ...current, ...changes };
      this.check(fields, context);
      if (codeKey(fields.code) !== offer.codeKey) {
        await this.assertCodeFree(manager, fields.code, offer.id);
      }
      if (fields.onDemand && !current.onDemand) {
        const sessions = await manager
          .getRepository(OfferSessionEntity)
          .count({ where: { offerId: id } });
        if (sessions > 0) {
          throw new DomainError(
            'VALIDATION_FAILED',
            'Et tilbud efter behov har ingen forløb. Slet forløbene først.',
            [{ path: 'onDemand', message: 'Tilbuddet har forløb.' }],
          );
        }
      }
      const nextStatus = status ?? (offer.status as OfferStatus);
      if (nextStatus === 'draft' && offer.everPublished) {
        throw new DomainError(
          'CONFLICT',
          'Et tilbud, der har været udgivet, kan ikke blive kladde igen. Arkivér det i stedet.',
        );
      }
      applyOfferFields(offer, fields);
      offer.status = nextStatus;
      offer.everPublished ||= nextStatus !== 'draft';
      offer.updatedAt = new Date();
      // The conditional update is the lock: a concurrent edit has already moved the version.
      const result = await manager
        .createQueryBuilder()
        .update(OfferEntity)
        .set({ ...offer, version: version + 1 })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected === 0) throw stale();
      offer.version = version + 1;
      if (changes.effects) await this.writeEffects(manager, offer.id, fields, true);
      return this.view(manager, offer, context);
    });
  }

  /** Only drafts that were never published may go: anything else is archived instead. */
  async remove(id: string): Promise<void> {
    await this.writes.run(async (manager) => {
      const offer = await this.find(manager, id);
      if (offer.everPublished) {
        throw new DomainError(
          'CONFLICT',
          'Tilbuddet har været udgivet og kan ikke slettes, så historikken bevares. Arkivér det i stedet.',
        );
      }
      await manager.getRepository(OfferEntity).delete({ id });
    });
  }

  async sessions(principal: Principal, id: string): Promise<OfferSessionView[]> {
    await this.visibleOffer(principal, id);
    const today = todayInDenmark();
    const rows = await this.dataSource
      .getRepository(OfferSessionEntity)
      .find({ where: { offerId: id }, order: { startDate: 'ASC', place: 'ASC' } });
    return rows.map((s) => sessionView(s, today));
  }

  async addSession(id: string, request: CreateOfferSessionRequest): Promise<OfferSessionView> {
    const issues = validateSession(request);
    if (issues.length) throw invalid(issues);
    return this.writes.run(async (manager) => {
      const offer = await this.find(manager, id);
      if (offer.onDemand) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'Tilbuddet er efter behov og har ingen forløb. Slå "Efter behov" fra først.',
        );
      }
      const now = new Date();
      const session = Object.assign(new OfferSessionEntity(), {
        ...request,
        place: request.place.trim(),
        id: randomUUID(),
        offerId: id,
        createdAt: now,
        updatedAt: now,
      });
      await manager.getRepository(OfferSessionEntity).insert(session);
      await this.touch(manager, offer);
      return sessionView(session, todayInDenmark());
    });
  }

  async updateSession(
    id: string,
    sessionId: string,
    request: UpdateOfferSessionRequest,
  ): Promise<OfferSessionView> {
    return this.writes.run(async (manager) => {
      const offer = await this.find(manager, id);
      await this.findSession(manager, id, sessionId);
      // Lock the session row before reading its counters (the seat booking order of
      // docs/adr/0011): a seat taken concurrently is then seen here, never overwritten.
      await manager
        .createQueryBuilder()
        .update(OfferSessionEntity)
        .set({ updatedAt: new Date() })
        .where('id = :id', { id: sessionId })
        .execute();
      const session = await this.findSession(manager, id, sessionId);
      const fields = { ...sessionFieldsOf(session), ...request };
      if (request.seatsTaken === undefined && fields.capacity < fields.seatsTaken) {
        throw invalid([
          {
            path: 'capacity',
            message: `Forløbet har ${fields.seatsTaken} optagne pladser. Pladserne kan ikke sættes lavere end det.`,
          },
        ]);
      }
      const issues = validateSession(fields);
      if (issues.length) throw invalid(issues);
      await this.assertBookingsFit(manager, sessionId, fields);
      Object.assign(session, fields, { place: fields.place.trim(), updatedAt: new Date() });
      await manager.getRepository(OfferSessionEntity).save(session);
      // More room (a higher capacity, fewer outside registrations): the first in line move
      // up in the same transaction as the change.
      if (session.seatsTaken < session.capacity) {
        const moved = await moveUpIntoFreeSeats(manager, sessionId);
        if (moved.length) {
          const fresh = await this.findSession(manager, id, sessionId);
          Object.assign(session, { seatsTaken: fresh.seatsTaken, waitingList: fresh.waitingList });
        }
      }
      await this.touch(manager, offer);
      return sessionView(session, todayInDenmark());
    });
  }

  async removeSession(id: string, sessionId: string): Promise<void> {
    await this.writes.run(async (manager) => {
      const offer = await this.find(manager, id);
      const session = await this.findSession(manager, id, sessionId);
      if (session.seatsTaken > 0 || session.waitingList > 0) {
        throw new DomainError(
          'CONFLICT',
          'Forløbet har tilmeldte eller venteliste og kan ikke slettes. Sæt pladserne ned til 0 først, når deltagerne er flyttet.',
        );
      }
      await manager.getRepository(OfferSessionEntity).delete({ id: sessionId });
      await this.touch(manager, offer);
    });
  }

  /**
   * The counters include the seats and queue places booked through Lederløft, so HR may not
   * set them below those (the bookings would be lost from the count).
   */
  private async assertBookingsFit(
    manager: EntityManager,
    sessionId: string,
    fields: { seatsTaken: number; waitingList: number },
  ): Promise<void> {
    const counts = await manager
      .getRepository(SeatBookingEntity)
      .createQueryBuilder('b')
      .select('b.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('b.session_id = :sessionId', { sessionId })
      .andWhere("b.status IN ('booked', 'waiting')")
      .groupBy('b.status')
      .getRawMany<{ status: string; count: number | string }>();
    const count = (status: string) => Number(counts.find((c) => c.status === status)?.count ?? 0);
    const booked = count('booked');
    const waiting = count('waiting');
    if (fields.seatsTaken < booked) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${booked} ${booked === 1 ? 'leder har' : 'ledere har'} plads via Lederløft, så optagne pladser kan ikke være færre end ${booked}.`,
        [{ path: 'seatsTaken', message: `Mindst ${booked} (tilmeldt via Lederløft).` }],
      );
    }
    if (fields.waitingList < waiting) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${waiting} ${waiting === 1 ? 'leder står' : 'ledere står'} på venteliste via Lederløft, så ventelisten kan ikke være kortere end ${waiting}.`,
        [{ path: 'waitingList', message: `Mindst ${waiting} (venteliste via Lederløft).` }],
      );
    }
  }

  /** The offer as the caller may see it: drafts only for curators (others get 404). */
  private async visibleOffer(principal: Principal, id: string): Promise<OfferEntity> {
    const offer = await this.find(this.dataSource.manager, id);
    if (offer.status === 'draft' && !isCurator(principal)) {
      throw new DomainError('NOT_FOUND', NOT_FOUND);
    }
    return offer;
  }

  private async find(manager: EntityManager, id: string): Promise<OfferEntity> {
    const offer = await manager.getRepository(OfferEntity).findOne({ where: { id } });
    if (!offer) throw new DomainError('NOT_FOUND', NOT_FOUND);
    return offer;
  }

  private async findSession(
    manager: EntityManager,
    offerId: string,
    sessionId: string,
  ): Promise<OfferSessionEntity> {
    const session = await manager
      .getRepository(OfferSessionEntity)
      .findOne({ where: { id: sessionId, offerId } });
    if (!session) throw new DomainError('NOT_FOUND', 'Forløbet findes ikke.');
    return session;
  }

  /** A session change is a change of the offer: its version moves on. */
  private async touch(manager: EntityManager, offer: OfferEntity): Promise<void> {
    await manager
      .getRepository(OfferEntity)
      .update({ id: offer.id }, { version: offer.version + 1, updatedAt: new Date() });
  }

  private check(fields: OfferFields, context: CatalogueContext): void {
    const issues = validateOffer(fields, context);
    if (issues.length) throw invalid(issues);
  }

  private async assertCodeFree(manager: EntityManager, code: string, except: string | null) {
    const other = await manager
      .getRepository(OfferEntity)
      .findOne({ where: { codeKey: codeKey(code) } });
    if (other && other.id !== except) {
      throw new DomainError(
        'CONFLICT',
        `Koden ${code.trim()} bruges allerede af "${other.title}". Vælg en anden kode.`,
        [{ path: 'code', message: 'Koden er i brug.' }],
      );
    }
  }

  /** Replaces the offer's effects and behaviours with those of `fields`. */
  async writeEffects(
    manager: EntityManager,
    offerId: string,
    fields: Pick<OfferFields, 'effects'>,
    replace = false,
  ): Promise<void> {
    if (replace) {
      await manager.getRepository(OfferEffectEntity).delete({ offerId });
      await manager.getRepository(OfferBehaviourEntity).delete({ offerId });
      // Plans that hold the offer are expected to close gaps by its effects.
      await markOfferPlansStale(manager, [offerId]);
    }
    const { effectEntities, behaviourEntities } = effectRows(offerId, fields.effects);
    if (effectEntities.length)
      await manager.getRepository(OfferEffectEntity).insert(effectEntities);
    if (behaviourEntities.length) {
      await manager.getRepository(OfferBehaviourEntity).insert(behaviourEntities);
    }
  }

  /** The effects of several offers, grouped by offer id, in framework order. */
  async effectsByOffer(
    manager: EntityManager,
    offerIds: string[],
    competencyOrder: string[],
  ): Promise<Map<string, OfferFields['effects']>> {
    const result = new Map<string, OfferFields['effects']>();
    if (offerIds.length === 0) return result;
    // One after the other: inside a transaction, PostgreSQL has a single connection.
    const effects = await manager
      .getRepository(OfferEffectEntity)
      .find({ where: { offerId: In(offerIds) } });
    const behaviours = await manager
      .getRepository(OfferBehaviourEntity)
      .find({ where: { offerId: In(offerIds) } });
    for (const id of offerIds) {
      result.set(
        id,
        effectsOf(
          effects.filter((e) => e.offerId === id),
          behaviours.filter((b) => b.offerId === id),
          competencyOrder,
        ),
      );
    }
    return result;
  }

  private async effects(manager: EntityManager, ids: string[], context: CatalogueContext) {
    const order = context.competencies.map((c) => c.key);
    return (await this.effectsByOffer(manager, ids, order)).get(ids[0]) ?? [];
  }

  private async view(
    manager: EntityManager,
    offer: OfferEntity,
    context: CatalogueContext,
  ): Promise<OfferView> {
    const effects = await this.effects(manager, [offer.id], context);
    const sessions = await manager
      .getRepository(OfferSessionEntity)
      .find({ where: { offerId: offer.id } });
    return offerView(offer, effects, sessions, todayInDenmark());
  }
}

function stale(): DomainError {
  return new DomainError(
    'STALE_VERSION',
    'Tilbuddet er ændret af en anden, siden du åbnede det. Hent det igen, og lav din ændring på ny.',
  );
}
