import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import type { PlannerOffer } from '@lederloeft/planner';
import { OfferBehaviourEntity } from '../catalogue/offer-behaviour.entity';
import { OfferEffectEntity } from '../catalogue/offer-effect.entity';
import { byOffer, effectsOf, fieldsOf } from '../catalogue/offer-mapping';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';

/**
 * The published catalogue with its sessions from today on, as the planner takes it: what
 * a leader's proposal and a coverage scenario plan from.
 */
export async function loadPlannerOffers(
  dataSource: DataSource,
  today: string,
  order: string[],
): Promise<PlannerOffer[]> {
  const offers = await dataSource
    .getRepository(OfferEntity)
    .find({ where: { status: 'published' }, order: { code: 'ASC' } });
  if (offers.length === 0) return [];
  const ids = offers.map((o) => o.id);
  const effects: OfferEffectEntity[] = [];
  const behaviours: OfferBehaviourEntity[] = [];
  const sessions: OfferSessionEntity[] = [];
  // In parts: both databases cap the parameters of one statement.
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    effects.push(
      ...(await dataSource.getRepository(OfferEffectEntity).find({ where: { offerId: In(part) } })),
    );
    behaviours.push(
      ...(await dataSource
        .getRepository(OfferBehaviourEntity)
        .find({ where: { offerId: In(part) } })),
    );
    sessions.push(
      ...(await dataSource.getRepository(OfferSessionEntity).find({
        where: { offerId: In(part), startDate: MoreThanOrEqual(today) },
        order: { startDate: 'ASC' },
      })),
    );
  }
  const [effectsOf_, behavioursOf, sessionsOf] = [
    byOffer(effects),
    byOffer(behaviours),
    byOffer(sessions),
  ];
  return offers.map((offer) => ({
    id: offer.id,
    ...fieldsOf(
      offer,
      effectsOf(effectsOf_.get(offer.id) ?? [], behavioursOf.get(offer.id) ?? [], order),
    ),
    status: offer.status,
    sessions: (sessionsOf.get(offer.id) ?? []).map((s) => ({
      id: s.id,
      startDate: s.startDate,
      endDate: s.endDate,
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      registrationDeadline: s.registrationDeadline,
      place: s.place,
    })),
  }));
}
