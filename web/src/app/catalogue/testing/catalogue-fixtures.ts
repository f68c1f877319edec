import type {
  CatalogueCoverage,
  OfferListItem,
  OfferSearchResult,
  OfferSessionView,
  OfferView,
} from '@lederloeft/contracts';

/** Test data only: a session with free seats and open registration. */
export const OPEN_SESSION: OfferSessionView = {
  id: 'session-1',
  offerId: 'offer-1',
  startDate: '2027-03-15',
  endDate: '2027-03-16',
  place: 'Ikast Rådhus',
  capacity: 20,
  registrationDeadline: '2027-02-15',
  seatsTaken: 12,
  waitingList: 0,
  freeSeats: 8,
  registrationOpen: true,
};

/** Test data only: a full session; people wait. */
export const FULL_SESSION: OfferSessionView = {
  ...OPEN_SESSION,
  id: 'session-2',
  startDate: '2027-05-03',
  endDate: '2027-05-03',
  place: 'Brande',
  capacity: 10,
  registrationDeadline: '2027-04-01',
  seatsTaken: 10,
  waitingList: 2,
  freeSeats: 0,
};

/** Test data only: a session whose deadline has passed. */
export const CLOSED_SESSION: OfferSessionView = {
  ...OPEN_SESSION,
  id: 'session-3',
  startDate: '2027-01-10',
  endDate: '2027-01-10',
  registrationDeadline: '2026-11-01',
  seatsTaken: 4,
  freeSeats: 16,
  registrationOpen: false,
};

/** Test data only: a published course, effects on two competencies of FRAMEWORK_FIXTURE. */
export const OFFER: OfferView = {
  id: 'offer-1',
  code: 'LED-101',
  kind: 'course',
  title: 'Svære samtaler',
  provider: 'VIA University College',
  description: 'Første afsnit.\n\nAndet afsnit.',
  format: 'in-person',
  language: 'da',
  location: 'Ikast',
  hours: 14.5,
  priceDkk: 12500,
  priceIncludesVat: false,
  priceIsIndicative: true,
  ects: null,
  targetLevels: ['foerstelinjeleder'],
  prerequisites: '',
  onDemand: false,
  contactName: 'Mette Kjær Andersen',
  contactEmail: 'mette@example.dk',
  effects: [
    { competencyKey: 'paa-tvaers', strength: 'some', behaviourKeys: [] },
    { competencyKey: 'handlekraft', strength: 'strong', behaviourKeys: ['handlekraft.b2'] },
  ],
  status: 'published',
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  sessions: [CLOSED_SESSION, OPEN_SESSION, FULL_SESSION],
};

export const DRAFT: OfferView = { ...OFFER, id: 'offer-2', status: 'draft', version: 1 };

function item(overrides: Partial<OfferListItem>): OfferListItem {
  return {
    id: 'offer-1',
    code: 'LED-101',
    kind: 'course',
    title: 'Svære samtaler',
    provider: 'VIA University College',
    format: 'in-person',
    language: 'da',
    location: 'Ikast',
    hours: 14.5,
    priceDkk: 12500,
    priceIncludesVat: false,
    priceIsIndicative: true,
    ects: null,
    targetLevels: [],
    status: 'published',
    onDemand: false,
    effects: OFFER.effects,
    nextSession: OPEN_SESSION,
    openSessionCount: 2,
    freeSeats: 8,
    ...overrides,
  };
}

/** Test data only: a course with a session, and on-demand e-learning with ECTS (a draft). */
export const ITEMS: OfferListItem[] = [
  item({}),
  item({
    id: 'offer-3',
    code: 'EL-7',
    kind: 'e-learning',
    title: 'Økonomi for ledere',
    provider: 'Komponent',
    format: 'online',
    location: null,
    hours: 3,
    priceDkk: 0,
    // "Gratis" is not marked indicative, whatever the flag says.
    priceIsIndicative: true,
    ects: 2.5,
    status: 'draft',
    onDemand: true,
    effects: [],
    nextSession: null,
    openSessionCount: 0,
    freeSeats: 0,
  }),
];

export function searchResult(
  items: OfferListItem[] = ITEMS,
  total = items.length,
  page = 1,
): OfferSearchResult {
  return { items, total, page, pageSize: 20 };
}

/** Test data only: coverage of FRAMEWORK_FIXTURE; one behaviour of hedekraft has no offer. */
export const COVERAGE: CatalogueCoverage = {
  from: '2026-11-27',
  to: '2027-11-27',
  publishedOffers: 5,
  competencies: [
    {
      competencyKey: 'hedekraft',
      strongOffers: 0,
      someOffers: 1,
      onDemandOffers: 0,
      sessions: 1,
      freeSeats: 4,
      behaviours: [
        { behaviourKey: 'hedekraft.b2', offers: 0, freeSeats: 0 },
        { behaviourKey: 'hedekraft.b1', offers: 1, freeSeats: 4 },
      ],
    },
    {
      competencyKey: 'handlekraft',
      strongOffers: 3,
      someOffers: 1,
      onDemandOffers: 1,
      sessions: 4,
      freeSeats: 30,
      behaviours: [{ behaviourKey: 'handlekraft.b1', offers: 4, freeSeats: 30 }],
    },
  ],
};
