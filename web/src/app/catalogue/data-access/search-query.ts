import {
  OFFER_FORMATS,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  OFFER_SORTS,
  OFFER_STATUSES,
  type OfferSearchQuery,
} from '@lederloeft/contracts';

/** Results per page of the catalogue (the API's default). */
export const PAGE_SIZE = 20;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;

/** The filters, in the order they appear in addresses. */
const NAMES = [
  'q',
  'competency',
  'strength',
  'behaviour',
  'kind',
  'format',
  'level',
  'language',
  'priceMin',
  'priceMax',
  'from',
  'to',
  'status',
  'sort',
  'page',
  'pageSize',
] as const satisfies readonly (keyof OfferSearchQuery)[];

/**
 * A search as query parameters (for the address bar and the API): only the filters that are
 * set, page 1 left out.
 */
export function toSearchParams(query: OfferSearchQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of NAMES) {
    const value = query[name];
    if (value === undefined || value === null || value === '') {
      continue;
    }
    if (name === 'page' && value === 1) {
      continue;
    }
    params[name] = String(value);
  }
  return params;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim().slice(0, MAX_TEXT);
  return trimmed ? trimmed : undefined;
}

function amount(value: string | null): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function date(value: string | null): string | undefined {
  return value !== null && ISO_DATE.test(value) ? value : undefined;
}

/**
 * Reads a search from query parameters, dropping what is not valid (an old or hand-edited
 * address still shows results). `status` only for people who may filter on it.
 */
export function fromSearchParams(
  get: (name: string) => string | null,
  options: { mayFilterStatus: boolean },
): OfferSearchQuery {
  const query: OfferSearchQuery = {};
  const set = <K extends keyof OfferSearchQuery>(name: K, value: OfferSearchQuery[K]) => {
    if (value !== undefined) {
      query[name] = value;
    }
  };
  set('q', text(get('q')));
  const competency = text(get('competency'));
  set('competency', competency);
  if (competency) {
    set('strength', oneOf(['some', 'strong'] as const, get('strength')));
  }
  set('behaviour', text(get('behaviour')));
  set('kind', oneOf(OFFER_KINDS, get('kind')));
  set('format', oneOf(OFFER_FORMATS, get('format')));
  set('level', text(get('level')));
  set('language', oneOf(OFFER_LANGUAGES, get('language')));
  set('priceMin', amount(get('priceMin')));
  set('priceMax', amount(get('priceMax')));
  set('from', date(get('from')));
  set('to', date(get('to')));
  if (options.mayFilterStatus) {
    set('status', oneOf(OFFER_STATUSES, get('status')));
  }
  set('sort', oneOf(OFFER_SORTS, get('sort')));
  const page = Number(get('page'));
  if (Number.isInteger(page) && page > 1) {
    query.page = page;
  }
  return query;
}

/** Whether the search narrows the catalogue at all (sort and page do not). */
export function isFiltered(query: OfferSearchQuery): boolean {
  return Object.keys(query).some((name) => name !== 'sort' && name !== 'page');
}

/** The sort in force: the chosen one, else relevance for a text search and title otherwise. */
export function effectiveSort(query: OfferSearchQuery): NonNullable<OfferSearchQuery['sort']> {
  return query.sort ?? (query.q ? 'relevance' : 'title');
}
