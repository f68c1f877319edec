import type { CreateOfferRequest } from '@lederloeft/contracts';

/**
 * A published course for the plan specs: a code and a title, the rest what every such
 * spec needs (open to every level, one strong effect on hedekraft). Override what a test
 * is about.
 */
export function courseRequest(
  code: string,
  title: string,
  overrides: Partial<CreateOfferRequest> = {},
): CreateOfferRequest {
  return {
    code,
    kind: 'course',
    title,
    provider: 'Ikast-Brande Kommune, HR',
    description: 'Et kursus om at sige ja til nye idéer.',
    format: 'in-person',
    language: 'da',
    location: 'Ikast Rådhus',
    hours: 7.5,
    priceDkk: 4500,
    priceIncludesVat: false,
    priceIsIndicative: false,
    ects: null,
    targetLevels: [],
    prerequisites: '',
    onDemand: false,
    contactName: 'Mette Andersen',
    contactEmail: 'mette.andersen@ikast-brande.dk',
    effects: [
      { competencyKey: 'hedekraft', strength: 'strong', behaviourKeys: ['hedekraft.sige-ja'] },
    ],
    status: 'published',
    ...overrides,
  };
}
