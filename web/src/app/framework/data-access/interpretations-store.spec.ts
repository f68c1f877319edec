import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from '../../auth/data-access/auth-store';
import { LOGOUT_URL, ME_URL } from '../../auth/data-access/auth-api';
import { HR_ME, LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from '../../auth/testing/me-fixture';
import { INTERPRETATIONS_FIXTURE } from '../testing/interpretations-fixture';
import { interpretationsUrl } from './interpretations-api';
import { InterpretationsStore } from './interpretations-store';

describe('InterpretationsStore', () => {
  let store: InterpretationsStore;
  let auth: AuthStore;
  let http: HttpTestingController;
  const url = interpretationsUrl(LEADER_ME.leaderId ?? '');

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(InterpretationsStore);
    auth = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function signIn(me: typeof LEADER_ME | null): Promise<void> {
    const known = auth.init();
    const request = http.expectOne(ME_URL);
    if (me) {
      request.flush(me);
    } else {
      request.flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    }
    await known;
  }

  it('makes no request for an anonymous visitor', async () => {
    store.load();
    await signIn(null);
    store.load();
    http.expectNone(() => true);
    expect(store.interpretations()).toEqual([]);
    expect(store.forElement('borgerne-i-centrum')).toEqual([]);
  });

  it('makes no request for a signed-in person who is not a leader', async () => {
    await signIn(HR_ME);
    store.load();
    http.expectNone(() => true);
    expect(store.leaderId()).toBeNull();
  });

  it("loads the leader's interpretations once and groups them by element", async () => {
    await signIn(LEADER_ME);
    store.load();
    store.load();
    expect(store.status()).toBe('loading');
    http.expectOne(url).flush(INTERPRETATIONS_FIXTURE);
    store.load();
    http.expectNone(url);
    expect(store.status()).toBe('loaded');
    expect(store.forElement('borgerne-i-centrum').map((i) => i.orgUnit.name)).toEqual([
      'Børn og Unge',
    ]);
    expect(store.forElement('borgerne-i-centrum.b2').map((i) => i.orgUnit.name)).toEqual([
      'Børn og Unge',
      'Dagtilbud',
    ]);
    expect(store.forElement('handlekraft')).toEqual([]);
  });

  it('treats 401 as "none" and does not ask again', async () => {
    await signIn(LEADER_ME);
    store.load();
    http.expectOne(url).flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    expect(store.status()).toBe('loaded');
    expect(store.interpretations()).toEqual([]);
    store.load();
    http.expectNone(url);
  });

  it('tries again after another failure', async () => {
    await signIn(LEADER_ME);
    store.load();
    http.expectOne(url).flush(null, { status: 500, statusText: 'Error' });
    expect(store.status()).toBe('error');
    expect(store.interpretations()).toEqual([]);
    store.load();
    http.expectOne(url).flush(INTERPRETATIONS_FIXTURE);
    expect(store.interpretations()).toHaveLength(3);
  });

  it('shows nothing once the leader has signed out', async () => {
    await signIn(LEADER_ME);
    store.load();
    http.expectOne(url).flush(INTERPRETATIONS_FIXTURE);
    const out = auth.logout();
    http.expectOne(LOGOUT_URL).flush(null);
    await out;
    expect(store.interpretations()).toEqual([]);
  });
});
