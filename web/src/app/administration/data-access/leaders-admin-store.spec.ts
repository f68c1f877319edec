import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LeaderAdminView, LeaderPage } from '@lederloeft/contracts';
import { LEVELS, ORG_UNITS } from '../testing/admin-fixtures';
import { SOEREN } from '../testing/organisation-fixtures';
import { ACCOUNTS_URL } from './accounts-api';
import { ORG_UNITS_URL } from './interpretations-api';
import { LEADERS_PAGE_SIZE, LeadersAdminStore, NO_FILTERS } from './leaders-admin-store';
import { LEADERS_URL, leaderParams, leaderUrl } from './organisation-api';
import { LEADER_LEVELS_URL } from './target-profiles-api';

const page = (items: LeaderAdminView[], total = items.length, n = 1): LeaderPage => ({
  items,
  total,
  page: n,
  pageSize: LEADERS_PAGE_SIZE,
});

describe('LeadersAdminStore', () => {
  let store: LeadersAdminStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), LeadersAdminStore],
    });
    store = TestBed.inject(LeadersAdminStore);
    http = TestBed.inject(HttpTestingController);
    const loaded = store.load();
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    http.expectOne(LEADER_LEVELS_URL).flush(LEVELS);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne((r) => r.url === LEADERS_URL).flush(page([SOEREN], 45));
    await loaded;
  });

  afterEach(() => http.verify());

  it('loads units, levels and the first page', () => {
    expect(store.status()).toBe('loaded');
    expect(store.leaders()).toEqual([SOEREN]);
    expect(store.pageCount()).toBe(3);
    expect(store.range()).toEqual({ from: 1, to: 1 });
    expect(store.unitOptions()[0].unit.id).toBe('u-kommune');
  });

  it('sends only the filters that are set, from page 1', async () => {
    expect(leaderParams({ q: 'ø', unitId: '', active: undefined })).toEqual({ q: 'ø' });
    const searched = store.search({ ...NO_FILTERS, q: ' Ærø ', active: 'false' });
    const request = http.expectOne((r) => r.url === LEADERS_URL);
    expect(request.request.params.keys().sort()).toEqual(['active', 'page', 'pageSize', 'q']);
    expect(request.request.params.get('q')).toBe('Ærø');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(page([]));
    await searched;
    expect(store.total()).toBe(0);
  });

  it('keeps the newest answer when searches overlap', async () => {
    const first = store.search({ ...NO_FILTERS, q: 'a' });
    const second = store.search({ ...NO_FILTERS, q: 'ab' });
    const [older, newer] = http.match((r) => r.url === LEADERS_URL);
    newer.flush(page([SOEREN]));
    older.flush(page([]));
    await Promise.all([first, second]);
    expect(store.leaders()).toEqual([SOEREN]);
  });

  it('creates an account for a leader with their name and e-mail, and shows it on the row', async () => {
    const done = store.createAccount(SOEREN, 'en-lang-adgangskode');
    const request = http.expectOne({ method: 'POST', url: ACCOUNTS_URL });
    expect(request.request.body).toEqual({
      name: 'Søren Ærø',
      email: 'soeren@example.dk',
      leaderId: 'l-soeren',
      password: 'en-lang-adgangskode',
      grantedRoles: [],
    });
    request.flush({ id: 'acc-9', active: true, email: 'soeren@example.dk' });
    expect((await done).ok).toBe(true);
    expect(store.leaders()[0].account).toEqual({ id: 'acc-9', active: true });
  });

  it('returns the refusal of a write and keeps the page', async () => {
    const saved = store.update('l-soeren', { managerId: 'l-soeren' });
    http.expectOne({ method: 'PATCH', url: leaderUrl('l-soeren') }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'En leder kan ikke være sin egen leder.',
        details: [{ path: 'managerId', message: 'En leder kan ikke være sin egen leder.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const outcome = await saved;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.details[0].path).toBe('managerId');
    expect(store.busy()).toBe(false);
    expect(store.leaders()).toEqual([SOEREN]);
  });
});
