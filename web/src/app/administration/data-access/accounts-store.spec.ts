import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AccountView } from '@lederloeft/contracts';
import { ORG_UNITS } from '../testing/admin-fixtures';
import { ACCOUNTS_URL, accountUrl } from './accounts-api';
import { AccountsStore, matchesQuery } from './accounts-store';
import { ORG_UNITS_URL } from './interpretations-api';

const ANNE: AccountView = {
  id: 'acc 1',
  email: 'anne@example.dk',
  name: 'Anne Holm',
  leaderId: null,
  active: true,
  grantedRoles: [{ role: 'hr', scope: null }],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('AccountsStore', () => {
  let store: AccountsStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AccountsStore],
    });
    store = TestBed.inject(AccountsStore);
    http = TestBed.inject(HttpTestingController);
    const loaded = store.load();
    http.expectOne(ACCOUNTS_URL).flush([ANNE]);
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    await loaded;
  });

  afterEach(() => http.verify());

  it('loads the accounts and the units in tree order', () => {
    expect(store.status()).toBe('loaded');
    expect(store.accounts()).toEqual([ANNE]);
    expect(store.unitOptions()[0]).toEqual({ unit: ORG_UNITS[0], depth: 0 });
  });

  it('searches by name or e-mail', () => {
    expect(matchesQuery(ANNE, ' HOLM ')).toBe(true);
    expect(matchesQuery(ANNE, 'anne@')).toBe(true);
    store.query.set('bo');
    expect(store.filtered()).toEqual([]);
  });

  it('patches an account and keeps the answer', async () => {
    const saved = store.update('acc 1', { active: false });
    const request = http.expectOne({ method: 'PATCH', url: accountUrl('acc 1') });
    expect(request.request.url).toBe('/api/accounts/acc%201');
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...ANNE, active: false });
    expect(await saved).toEqual({ ok: true, account: { ...ANNE, active: false } });
    expect(store.accounts()[0].active).toBe(false);
  });

  it('returns the Danish message when the API refuses', async () => {
    const saved = store.update('acc 1', { grantedRoles: [] });
    http.expectOne(accountUrl('acc 1')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Du kan ikke fjerne din egen administratorrolle.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const outcome = await saved;
    expect(outcome.ok).toBe(false);
    expect(store.accounts()[0]).toEqual(ANNE);
    expect(store.busy()).toBe(false);
  });
});
