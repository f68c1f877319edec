import type {
  OfferEffect,
  OfferFields,
  OfferSessionFields,
  OfferSessionView,
  OfferStatus,
  OfferView,
} from '@lederloeft/contracts';
import { normalizeSearchText } from '@lederloeft/domain';
import { OfferBehaviourEntity } from './offer-behaviour.entity';
import { OfferEffectEntity } from './offer-effect.entity';
import { OfferEntity } from './offer.entity';
import { OfferSessionEntity } from './offer-session.entity';

/** Conversions between the catalogue's rows and its API shapes, in one place. */

const toTenths = (n: number) => Math.round(n * 10);
const toOre = (n: number) => Math.round(n * 100);

export const STRENGTH_RANK = { some: 1, strong: 2 } as const;

/** Writes the offer's own columns (not its id, status or version) from the fields. */
export function applyOfferFields(entity: OfferEntity, fields: OfferFields): OfferEntity {
  entity.code = fields.code.trim();
  entity.codeKey = codeKey(fields.code);
  entity.kind = fields.kind;
  entity.title = fields.title.trim();
  entity.provider = fields.provider.trim();
  entity.description = fields.description.trim();
  entity.format = fields.format;
  entity.language = fields.language;
  entity.location = fields.location?.trim() ? fields.location.trim() : null;
  entity.hoursTenths = toTenths(fields.hours);
  entity.priceOre = toOre(fields.priceDkk);
  entity.priceIncludesVat = fields.priceIncludesVat;
  entity.priceIsIndicative = fields.priceIsIndicative;
  entity.ectsTenths = fields.ects === null ? null : toTenths(fields.ects);
  entity.targetLevels = fields.targetLevels.length ? `,${fields.targetLevels.join(',')},` : '';
  entity.prerequisites = fields.prerequisites.trim();
  entity.onDemand = fields.onDemand;
  entity.contactName = fields.contactName.trim();
  entity.contactEmail = fields.contactEmail.trim().toLowerCase();
  entity.searchTitle = normalizeSearchText(entity.title);
  entity.searchProvider = normalizeSearchText(entity.provider);
  entity.searchAll = normalizeSearchText(
    `${entity.code} ${entity.title} ${entity.provider} ${entity.description}`,
  );
  return entity;
}

export function codeKey(code: string): string {
  return code.trim().toLocaleLowerCase('da-DK');
}

export function effectRows(offerId: string, effects: OfferEffect[]) {
  const effectEntities = effects.map((e) =>
    Object.assign(new OfferEffectEntity(), {
      offerId,
      competencyKey: e.competencyKey,
      strength: e.strength,
      strengthRank: STRENGTH_RANK[e.strength],
    }),
  );
  const behaviourEntities = effects.flatMap((e) =>
    e.behaviourKeys.map((behaviourKey, position) =>
      Object.assign(new OfferBehaviourEntity(), {
        offerId,
        behaviourKey,
        competencyKey: e.competencyKey,
        position,
      }),
    ),
  );
  return { effectEntities, behaviourEntities };
}

/** The effects in the framework's competency order, behaviours in the order entered. */
export function effectsOf(
  effects: OfferEffectEntity[],
  behaviours: OfferBehaviourEntity[],
  competencyOrder: string[],
): OfferEffect[] {
  const rank = (key: string) => {
    const i = competencyOrder.indexOf(key);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...effects]
    .sort((a, b) => rank(a.competencyKey) - rank(b.competencyKey))
    .map((e) => ({
      competencyKey: e.competencyKey,
      strength: e.strength,
      behaviourKeys: behaviours
        .filter((b) => b.competencyKey === e.competencyKey)
        .sort((a, b) => a.position - b.position)
        .map((b) => b.behaviourKey),
    }));
}

export function fieldsOf(entity: OfferEntity, effects: OfferEffect[]): OfferFields {
  return {
    code: entity.code,
    kind: entity.kind,
    title: entity.title,
    provider: entity.provider,
    description: entity.description,
    format: entity.format,
    language: entity.language,
    location: entity.location,
    hours: entity.hoursTenths / 10,
    priceDkk: entity.priceOre / 100,
    priceIncludesVat: entity.priceIncludesVat,
    priceIsIndicative: entity.priceIsIndicative,
    ects: entity.ectsTenths === null ? null : entity.ectsTenths / 10,
    targetLevels: entity.targetLevels.split(',').filter((l) => l !== ''),
    prerequisites: entity.prerequisites,
    onDemand: entity.onDemand,
    contactName: entity.contactName,
    contactEmail: entity.contactEmail,
    effects,
  };
}

export function sessionFieldsOf(s: OfferSessionEntity): OfferSessionFields {
  return {
    startDate: s.startDate,
    endDate: s.endDate,
    place: s.place,
    capacity: s.capacity,
    registrationDeadline: s.registrationDeadline,
    seatsTaken: s.seatsTaken,
    waitingList: s.waitingList,
  };
}

export function sessionView(s: OfferSessionEntity, today: string): OfferSessionView {
  return {
    id: s.id,
    offerId: s.offerId,
    ...sessionFieldsOf(s),
    freeSeats: Math.max(0, s.capacity - s.seatsTaken),
    registrationOpen: s.registrationDeadline >= today,
  };
}

export function offerView(
  entity: OfferEntity,
  effects: OfferEffect[],
  sessions: OfferSessionEntity[],
  today: string,
): OfferView {
  return {
    id: entity.id,
    ...fieldsOf(entity, effects),
    status: entity.status as OfferStatus,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    sessions: [...sessions]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.place.localeCompare(b.place))
      .map((s) => sessionView(s, today)),
  };
}

/** Groups rows by their offer id, in one pass (a filter per offer is quadratic). */
export function byOffer<T extends { offerId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.offerId);
    if (group) group.push(row);
    else groups.set(row.offerId, [row]);
  }
  return groups;
}
