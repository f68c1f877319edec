import { randomUUID } from 'node:crypto';
import { addDays, addMonths } from '../catalogue/local-date';
import { applyOfferFields, effectRows } from '../catalogue/offer-mapping';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { DEMO_OFFERS, type DemoSession } from './demo-catalogue';

/** The ISO start date of a demo session loaded on `today`: day `day` of month +offset. */
export function demoSessionStart(today: string, session: DemoSession): string {
  const month = addMonths(`${today.slice(0, 8)}01`, session.monthOffset);
  return `${month.slice(0, 8)}${String(session.day).padStart(2, '0')}`;
}

/** The demo catalogue as rows, with sessions dated from the day it is loaded. */
export function demoCatalogueRows(today: string, now: Date) {
  const offers: OfferEntity[] = [];
  const sessions: OfferSessionEntity[] = [];
  const effects: ReturnType<typeof effectRows>['effectEntities'] = [];
  const behaviours: ReturnType<typeof effectRows>['behaviourEntities'] = [];
  for (const demo of DEMO_OFFERS) {
    const { status, sessions: demoSessions, ...fields } = demo;
    const offer = applyOfferFields(new OfferEntity(), fields);
    Object.assign(offer, {
      id: randomUUID(),
      status,
      everPublished: status !== 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    offers.push(offer);
    const rows = effectRows(offer.id, fields.effects);
    effects.push(...rows.effectEntities);
    behaviours.push(...rows.behaviourEntities);
    for (const s of demoSessions) {
      const startDate = demoSessionStart(today, s);
      sessions.push(
        Object.assign(new OfferSessionEntity(), {
          id: randomUUID(),
          offerId: offer.id,
          startDate,
          endDate: addDays(startDate, s.days - 1),
          place: s.place,
          capacity: s.capacity,
          registrationDeadline: addDays(startDate, -s.deadlineDaysBefore),
          seatsTaken: s.seatsTaken,
          waitingList: s.waitingList,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
  }
  return { offers, effects, behaviours, sessions };
}
