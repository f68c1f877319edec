import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeResponse } from '@lederloeft/contracts';
import { LEVELS, DIRECTOR_ME } from '../../administration/testing/admin-fixtures';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME, LEADER_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { CATALOGUE_LEVELS_URL, OFFERS_URL } from '../data-access/catalogue-api';
import { ITEMS, searchResult } from '../testing/catalogue-fixtures';
import { CataloguePage } from './catalogue-page';

describe('CataloguePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'kursuskatalog', component: CataloguePage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string, me: MeResponse = LEADER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(CATALOGUE_LEVELS_URL).flush(LEVELS);
    page = harness.routeNativeElement as HTMLElement;
  }

  function search(): TestRequest {
    return http.expectOne((request) => request.url === OFFERS_URL);
  }

  function params(request: TestRequest): Record<string, string> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
  }

  async function answer(request: TestRequest, result = searchResult()): Promise<void> {
    request.flush(result);
    await harness.fixture.whenStable();
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The facts of a card as "label: value". */
  function facts(card: HTMLElement): string[] {
    return Array.from(card.querySelectorAll('dl > div')).map(
      (pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`,
    );
  }

  function cards(): HTMLElement[] {
    return Array.from(page.querySelectorAll('[data-testid="offer-card"]'));
  }

  function select(id: string): HTMLSelectElement {
    return page.querySelector(`#${id}`) as HTMLSelectElement;
  }

  async function choose(id: string, value: string): Promise<void> {
    const field = select(id);
    field.value = value;
    field.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
  }

  it('searches with the filters in the address, and shows each offer as a card', async () => {
    await open('/kursuskatalog?q=Sv%C3%A6re&kind=course&page=2');
    const request = search();
    expect(params(request)).toEqual({ q: 'Svære', kind: 'course', page: '2' });
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Søger i kataloget');
    await answer(request, searchResult(ITEMS, 22, 2));

    expect(text(page.querySelector('[data-testid="catalogue-count"]'))).toBe(
      '22 tilbud fundet side 2 af 2',
    );
    const [course, elearning] = cards();
    const link = course.querySelector('h3 a');
    expect(text(link)).toBe('Svære samtaler');
    expect(link?.getAttribute('href')).toBe('/kursuskatalog/offer-1');
    expect(text(course)).toContain('Kursus');
    expect(text(course)).toContain('VIA University College · , Fremmøde · , Ikast');
    expect(facts(course)).toEqual([
      'Timer: 14,5 timer',
      'Pris: 12.500 kr. ekskl. moms vejledende',
      'Næste hold: 15-03-2027, 8 ledige pladser (+1 hold mere)',
    ]);
    // Strong first, and the strength in words and marks, not only in colour.
    const chips = Array.from(course.querySelectorAll('.effect-chip'));
    expect(chips.map((chip) => text(chip.querySelector('.effect-chip__strength')))).toEqual([
      'Stærk',
      'Noget',
    ]);
    expect(chips.map((chip) => text(chip.querySelector('.effect-chip__mark')))).toEqual([
      '●●',
      '●○',
    ]);
    expect(text(chips[0])).toContain('Ledelse med handlekraft');
    expect(text(chips[1])).toContain('Ledelse på tværs');
    expect(facts(elearning)).toEqual([
      'Timer: 3 timer',
      'Pris: Gratis',
      'ECTS-point: 2,5',
      'Næste hold: Efter behov',
    ]);
    // Leaders see neither the tools nor the status.
    expect(page.querySelector('[data-testid="catalogue-tools"]')).toBeNull();
    expect(page.querySelector('#filter-status')).toBeNull();
    expect(page.querySelector('ll-offer-status-badge')).toBeNull();
    expect(select('filter-kind').value).toBe('course');
    expect((page.querySelector('#catalogue-search') as HTMLInputElement).value).toBe('Svære');
  });

  it('puts a changed filter in the address, back on page 1, and searches again', async () => {
    await open('/kursuskatalog?q=ledelse&page=3');
    await answer(search());

    await choose('filter-format', 'online');
    expect(TestBed.inject(Router).url).toBe('/kursuskatalog?q=ledelse&format=online');
    const request = search();
    expect(params(request)).toEqual({ q: 'ledelse', format: 'online' });
    await answer(request);

    await choose('filter-competency', 'hedekraft');
    await answer(search());
    await choose('filter-strength', 'strong');
    expect(params(search())).toEqual({
      q: 'ledelse',
      competency: 'hedekraft',
      strength: 'strong',
      format: 'online',
    });
  });

  it('offers the behaviours grouped by competency and the leader levels', async () => {
    await open('/kursuskatalog');
    await answer(search());
    const groups = Array.from(select('filter-behaviour').querySelectorAll('optgroup'));
    expect(groups.map((g) => g.label)).toEqual([
      'Ledelse med handlekraft',
      'Ledelse med borgerne i centrum',
      'Ledelse på tværs',
      'Ledelse med hedekraft',
    ]);
    expect(text(groups[0].querySelector('option'))).toBe('Adfærd 1 i handlekraft (frame)');
    expect(Array.from(select('filter-level').options).map(text)).toEqual([
      'Alle lederniveauer',
      'Chef',
      'Førstelinjeleder',
    ]);
    await choose('filter-behaviour', 'handlekraft.b2');
    expect(params(search())).toEqual({ behaviour: 'handlekraft.b2' });
  });

  it('searches for the typed words, and applies a valid price range', async () => {
    await open('/kursuskatalog');
    await answer(search());
    const field = page.querySelector('#catalogue-search') as HTMLInputElement;
    field.value = '  PÅ tværs ';
    page.querySelector('form[role="search"]')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(params(search())).toEqual({ q: 'PÅ tværs' });

    const min = page.querySelector('#filter-price-min') as HTMLInputElement;
    min.value = '1.500';
    min.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(params(search())).toEqual({ q: 'PÅ tværs', priceMin: '1500' });

    const max = page.querySelector('#filter-price-max') as HTMLInputElement;
    max.value = 'dyrt';
    max.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(text(page.querySelector('.filters [role="alert"]'))).toBe(
      'Skriv et beløb i kroner, fx 5.000.',
    );
    http.expectNone((request) => request.url === OFFERS_URL);
  });

  it('follows the address when it changes (the back button), with its own results', async () => {
    await open('/kursuskatalog?level=chef');
    await answer(search());
    await harness.navigateByUrl('/kursuskatalog?level=foerstelinjeleder&sort=price');
    expect(params(search())).toEqual({ level: 'foerstelinjeleder', sort: 'price' });
  });

  it('says when nothing matches and resets the filters, keeping the sort', async () => {
    await open('/kursuskatalog?kind=coaching&sort=price');
    await answer(search(), searchResult([], 0));
    const empty = page.querySelector('[data-testid="catalogue-empty"]');
    expect(text(empty)).toContain('Ingen tilbud matcher din søgning.');
    expect(text(page.querySelector('[data-testid="catalogue-count"]'))).toBe('0 tilbud fundet');
    (empty?.querySelector('button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/kursuskatalog?sort=price');
    await answer(search(), searchResult([], 0));
    expect(text(page.querySelector('[data-testid="catalogue-empty"]'))).toBe(
      'Der er endnu ingen tilbud i kataloget.',
    );
  });

  it('links the other pages of a long result', async () => {
    await open('/kursuskatalog?q=leder&page=2');
    await answer(search(), searchResult(ITEMS, 95, 2));
    const pager = page.querySelector('nav.pager');
    expect(pager?.getAttribute('aria-label')).toBe('Sider');
    const links = Array.from(pager?.querySelectorAll('a') ?? []);
    expect(links.map(text)).toEqual(['‹ Forrige', '1', '2', '3', '4', '5', 'Næste ›']);
    expect(links[0].getAttribute('href')).toBe('/kursuskatalog?q=leder');
    expect(links[2].getAttribute('aria-current')).toBe('page');
    expect(links[6].getAttribute('href')).toBe('/kursuskatalog?q=leder&page=3');
  });

  it('shows an error with "Prøv igen" when the search fails', async () => {
    await open('/kursuskatalog');
    search().flush('down', { status: 503, statusText: 'Unavailable' });
    await harness.fixture.whenStable();
    expect(text(page.querySelector('[role="alert"]'))).toContain('Der opstod en fejl.');
    (page.querySelector('.ll-state--error button') as HTMLButtonElement).click();
    await answer(search());
    expect(cards()).toHaveLength(2);
  });

  it('gives HR the status filter, the status and the tools, with the filters in the export', async () => {
    await open('/kursuskatalog?status=draft&format=online', HR_ME);
    const request = search();
    expect(params(request)).toEqual({ format: 'online', status: 'draft' });
    await answer(request);
    const tools = page.querySelector('[data-testid="catalogue-tools"]');
    expect(Array.from(tools?.querySelectorAll('a') ?? []).map(text)).toEqual([
      'Nyt tilbud',
      'Importér',
      'Dækning',
      'Excel',
      'CSV',
    ]);
    const exportLink = tools?.querySelector('a[download]');
    expect(exportLink?.getAttribute('href')).toBe(
      '/api/offers/export?file=xlsx&format=online&status=draft',
    );
    expect(exportLink?.getAttribute('aria-label')).toBe('Eksportér de viste tilbud som Excel-fil');
    expect(select('filter-status').value).toBe('draft');
    expect(Array.from(page.querySelectorAll('ll-offer-status-badge')).map(text)).toEqual([
      'Status: Udgivet',
      'Status: Kladde',
    ]);
  });

  it('gives directors only the coverage', async () => {
    await open('/kursuskatalog?status=draft', DIRECTOR_ME);
    // A director cannot filter on status: the address's status is not sent.
    expect(params(search())).toEqual({});
    const tools = page.querySelector('[data-testid="catalogue-tools"]');
    expect(Array.from(tools?.querySelectorAll('a') ?? []).map(text)).toEqual(['Dækning']);
  });
});
