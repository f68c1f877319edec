import type { ImportIssue } from './people';

/**
 * The course catalogue: development offers of every kind the municipality uses, what they
 * train in the leadership foundation, and their sessions (forløb/hold) with seats.
 */

/** Kinds of offer; not only courses. */
export type OfferKind =
  | 'course'
  | 'diploma-module'
  | 'e-learning'
  | 'network'
  | 'coaching'
  | 'mentoring'
  | 'theme-day'
  | 'job-rotation';
export const OFFER_KINDS: readonly OfferKind[] = [
  'course',
  'diploma-module',
  'e-learning',
  'network',
  'coaching',
  'mentoring',
  'theme-day',
  'job-rotation',
];

/** How the offer is delivered. */
export type OfferFormat = 'in-person' | 'online' | 'blended';
export const OFFER_FORMATS: readonly OfferFormat[] = ['in-person', 'online', 'blended'];

/** Teaching language. */
export type OfferLanguage = 'da' | 'en';
export const OFFER_LANGUAGES: readonly OfferLanguage[] = ['da', 'en'];

/** draft: only HR sees it; published: in the catalogue; archived: kept for history. */
export type OfferStatus = 'draft' | 'published' | 'archived';
export const OFFER_STATUSES: readonly OfferStatus[] = ['draft', 'published', 'archived'];

/** How much an offer trains a competency. `none` is the absence of an effect. */
export type EffectStrength = 'none' | 'some' | 'strong';
export const EFFECT_STRENGTHS: readonly EffectStrength[] = ['none', 'some', 'strong'];

/** An offer's effect on one of the four competencies (by key), and the behaviours it trains. */
export interface OfferEffect {
  competencyKey: string;
  strength: Exclude<EffectStrength, 'none'>;
  /** Keys of example behaviours of that competency the offer trains specifically. */
  behaviourKeys: string[];
}

/** The fields HR writes on an offer (create and edit). */
export interface OfferFields {
  /** HR's own id, unique; imports match on it. */
  code: string;
  kind: OfferKind;
  title: string;
  provider: string;
  description: string;
  format: OfferFormat;
  language: OfferLanguage;
  /** Where it takes place; null when online only. */
  location: string | null;
  /** Hours of the leader's time, all sessions included. */
  hours: number;
  /** Price per participant in DKK, two decimals at most. */
  priceDkk: number;
  /** Whether `priceDkk` includes VAT (moms). */
  priceIncludesVat: boolean;
  /** The price is indicative (an example), not a quote. */
  priceIsIndicative: boolean;
  /** ECTS points, for diploma and master modules; null otherwise. */
  ects: number | null;
  /** Leader level keys the offer is for; empty means every level. */
  targetLevels: string[];
  prerequisites: string;
  /** Available at any time without sessions (e-learning, mentoring, coaching). */
  onDemand: boolean;
  contactName: string;
  contactEmail: string;
  effects: OfferEffect[];
}

export interface CreateOfferRequest extends OfferFields {
  /** New offers start as drafts unless stated. */
  status?: OfferStatus;
}

/** A partial edit; `version` must be the version read (optimistic locking: else 409). */
export type UpdateOfferRequest = Partial<OfferFields> & { status?: OfferStatus; version: number };

export interface OfferSessionFields {
  /** ISO date (YYYY-MM-DD) of the first day. */
  startDate: string;
  /** ISO date of the last day; equal to startDate for one-day sessions. */
  endDate: string;
  place: string;
  capacity: number;
  /** ISO date; registration closes at the end of this day. */
  registrationDeadline: string;
  /** Seats taken (registrations made in or outside Lederløft). */
  seatsTaken: number;
  /** People waiting for a seat. */
  waitingList: number;
}

export type CreateOfferSessionRequest = OfferSessionFields;
export type UpdateOfferSessionRequest = Partial<OfferSessionFields>;

export interface OfferSessionView extends OfferSessionFields {
  id: string;
  offerId: string;
  /** capacity - seatsTaken, never below 0. */
  freeSeats: number;
  /** Registration still open today (deadline not passed). */
  registrationOpen: boolean;
}

export interface OfferView extends OfferFields {
  id: string;
  status: OfferStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  sessions: OfferSessionView[];
}

/** One row of a catalogue search. */
export interface OfferListItem {
  id: string;
  code: string;
  kind: OfferKind;
  title: string;
  provider: string;
  format: OfferFormat;
  language: OfferLanguage;
  location: string | null;
  hours: number;
  priceDkk: number;
  priceIncludesVat: boolean;
  priceIsIndicative: boolean;
  ects: number | null;
  targetLevels: string[];
  status: OfferStatus;
  onDemand: boolean;
  effects: OfferEffect[];
  /** The first upcoming session with registration open, if any. */
  nextSession: OfferSessionView | null;
  /** Upcoming sessions with registration open. */
  openSessionCount: number;
  /** Free seats on those sessions. */
  freeSeats: number;
}

export type OfferSort = 'relevance' | 'date' | 'price' | 'title';
export const OFFER_SORTS: readonly OfferSort[] = ['relevance', 'date', 'price', 'title'];

/** `GET /api/offers` query: every filter is optional and they combine with AND. */
export interface OfferSearchQuery {
  /** Free text over title, provider and description; every word must match. */
  q?: string;
  competency?: string;
  /** With `competency`: the least strength (default `some`). */
  strength?: Exclude<EffectStrength, 'none'>;
  behaviour?: string;
  kind?: OfferKind;
  format?: OfferFormat;
  level?: string;
  language?: OfferLanguage;
  priceMin?: number;
  priceMax?: number;
  /** ISO dates: only offers with a session in the window that has free seats and open
   * registration, or that are available on demand. */
  from?: string;
  to?: string;
  /** HR and admin only; others always get published offers. */
  status?: OfferStatus;
  sort?: OfferSort;
  page?: number;
  pageSize?: number;
}

export interface OfferSearchResult {
  items: OfferListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/offers/import[?dryRun=true]`: what the import would do or did. */
export interface OfferImportResult {
  dryRun: boolean;
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  sessions: number;
  errors: ImportIssue[];
  changes: { line: number; action: 'create' | 'update'; code: string; title: string }[];
}

/** Coverage of the framework by the published catalogue. */
export interface CatalogueCoverage {
  /** ISO dates of the window for seats (today and 12 months ahead). */
  from: string;
  to: string;
  publishedOffers: number;
  competencies: CompetencyCoverage[];
}

export interface CompetencyCoverage {
  competencyKey: string;
  /** Published offers with a strong / some effect on the competency. */
  strongOffers: number;
  someOffers: number;
  /** Of those, available on demand. */
  onDemandOffers: number;
  /** Upcoming sessions in the window with free seats, and the free seats on them. */
  sessions: number;
  freeSeats: number;
  behaviours: BehaviourCoverage[];
}

export interface BehaviourCoverage {
  behaviourKey: string;
  /** Published offers that name this behaviour. */
  offers: number;
  freeSeats: number;
}
