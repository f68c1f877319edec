import { exportUrl, templateUrl } from './catalogue-api';
import { effectiveSort, fromSearchParams, isFiltered, toSearchParams } from './search-query';

function reader(params: Record<string, string>): (name: string) => string | null {
  return (name) => params[name] ?? null;
}

describe('catalogue search query', () => {
  it('writes only the filters that are set, and leaves page 1 out', () => {
    expect(
      toSearchParams({
        q: 'svære samtaler',
        competency: 'handlekraft',
        strength: 'strong',
        priceMax: 5000,
        page: 1,
      }),
    ).toEqual({
      q: 'svære samtaler',
      competency: 'handlekraft',
      strength: 'strong',
      priceMax: '5000',
    });
    expect(toSearchParams({ kind: 'course', page: 3, sort: 'price' })).toEqual({
      kind: 'course',
      sort: 'price',
      page: '3',
    });
  });

  it('reads back what it wrote', () => {
    const query = {
      q: 'Ledelse',
      competency: 'paa-tvaers',
      strength: 'strong' as const,
      behaviour: 'paa-tvaers.b1',
      kind: 'diploma-module' as const,
      format: 'online' as const,
      level: 'chef',
      language: 'en' as const,
      priceMin: 100,
      priceMax: 20000.5,
      from: '2027-01-01',
      to: '2027-06-30',
      status: 'draft' as const,
      sort: 'date' as const,
      page: 4,
    };
    expect(fromSearchParams(reader(toSearchParams(query)), { mayFilterStatus: true })).toEqual(
      query,
    );
  });

  it('drops what is not valid, so an old or edited address still works', () => {
    expect(
      fromSearchParams(
        reader({
          q: '   ',
          kind: 'cruise',
          format: 'ONLINE',
          priceMin: '-5',
          priceMax: 'mange',
          from: '01-02-2027',
          strength: 'strong',
          sort: 'random',
          page: '0',
        }),
        { mayFilterStatus: true },
      ),
    ).toEqual({});
  });

  it('keeps the strength only together with a competency', () => {
    expect(fromSearchParams(reader({ strength: 'strong' }), { mayFilterStatus: false })).toEqual(
      {},
    );
    expect(
      fromSearchParams(reader({ competency: 'hedekraft', strength: 'some' }), {
        mayFilterStatus: false,
      }),
    ).toEqual({ competency: 'hedekraft', strength: 'some' });
  });

  it('reads the status filter only for people who may use it', () => {
    expect(fromSearchParams(reader({ status: 'draft' }), { mayFilterStatus: false })).toEqual({});
    expect(fromSearchParams(reader({ status: 'draft' }), { mayFilterStatus: true })).toEqual({
      status: 'draft',
    });
  });

  it('knows whether the search is narrowed, and which sort is in force', () => {
    expect(isFiltered({ sort: 'price', page: 2 })).toBe(false);
    expect(isFiltered({ level: 'chef' })).toBe(true);
    expect(effectiveSort({})).toBe('title');
    expect(effectiveSort({ q: 'ledelse' })).toBe('relevance');
    expect(effectiveSort({ q: 'ledelse', sort: 'price' })).toBe('price');
  });

  it('exports the current filters with the file type in `file`, without the page', () => {
    expect(exportUrl('csv', { format: 'online', q: 'på tværs', page: 3 })).toBe(
      '/api/offers/export?file=csv&q=p%C3%A5+tv%C3%A6rs&format=online',
    );
    expect(templateUrl('xlsx')).toBe('/api/offers/import-template?format=xlsx');
  });
});
