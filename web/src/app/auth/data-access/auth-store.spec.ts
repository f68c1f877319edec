import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from '../testing/me-fixture';
import { LOGIN_URL, LOGOUT_URL, ME_URL } from './auth-api';
import { AuthStore } from './auth-store';

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('is unknown until /api/me answers, then signed in with the person', async () => {
    expect(store.status()).toBe('unknown');
    const known = store.init();
    http.expectOne({ method: 'GET', url: ME_URL }).flush(LEADER_ME);
    await known;
    expect(store.status()).toBe('signed-in');
    expect(store.isSignedIn()).toBe(true);
    expect(store.me()?.name).toBe('Mette Jensen');
    expect(store.csrfToken()).toBe('csrf-token-1');
    expect(store.hasRole('leader')).toBe(true);
    expect(store.hasRole('admin')).toBe(false);
  });

  it('treats 401 from /api/me as signed out, not as an error', async () => {
    const known = store.init();
    http.expectOne(ME_URL).flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    await expect(known).resolves.toBeUndefined();
    expect(store.status()).toBe('signed-out');
    expect(store.me()).toBeNull();
    expect(store.csrfToken()).toBeNull();
    expect(store.hasRole('leader')).toBe(false);
  });

  it('treats an unreachable server as signed out too', async () => {
    const known = store.init();
    http.expectOne(ME_URL).error(new ProgressEvent('error'));
    await known;
    expect(store.status()).toBe('signed-out');
  });

  it('asks /api/me only once, however many callers wait for it', async () => {
    const first = store.init();
    const second = store.init();
    http.expectOne(ME_URL).flush(LEADER_ME);
    await Promise.all([first, second]);
    await store.init();
    http.expectNone(ME_URL);
  });

  it('signs in: posts the credentials and keeps the answer', async () => {
    const result = store.login({ email: 'mette.jensen@example.dk', password: 'hemmelig' });
    const request = http.expectOne({ method: 'POST', url: LOGIN_URL });
    expect(request.request.body).toEqual({
      email: 'mette.jensen@example.dk',
      password: 'hemmelig',
    });
    request.flush(LEADER_ME);
    await expect(result).resolves.toEqual({ ok: true, me: LEADER_ME });
    expect(store.status()).toBe('signed-in');
    // The answer is known now: no need to ask /api/me.
    await store.init();
    http.expectNone(ME_URL);
  });

  it('reports a failed sign-in with the status and the API message, and stays signed out', async () => {
    const result = store.login({ email: 'mette.jensen@example.dk', password: 'forkert' });
    http
      .expectOne(LOGIN_URL)
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Forkert e-mail eller adgangskode.' },
        UNAUTHORIZED,
      );
    await expect(result).resolves.toEqual({
      ok: false,
      failure: { status: 401, message: 'Forkert e-mail eller adgangskode.', code: null },
    });
    expect(store.status()).toBe('unknown');
    expect(store.isSignedIn()).toBe(false);
  });

  it('lets a sign-in that finishes first win over a late 401 from /api/me', async () => {
    const known = store.init();
    const login = store.login({ email: 'a@b.dk', password: 'x' });
    http.expectOne(LOGIN_URL).flush(LEADER_ME);
    await login;
    http.expectOne(ME_URL).flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    await known;
    expect(store.status()).toBe('signed-in');
  });

  it('signs out: posts to logout and forgets the person', async () => {
    const known = store.init();
    http.expectOne(ME_URL).flush(LEADER_ME);
    await known;

    const done = store.logout();
    http
      .expectOne({ method: 'POST', url: LOGOUT_URL })
      .flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(store.status()).toBe('signed-out');
    expect(store.me()).toBeNull();
  });

  it('counts as signed out even when the logout request fails', async () => {
    const known = store.init();
    http.expectOne(ME_URL).flush(LEADER_ME);
    await known;

    const done = store.logout();
    http.expectOne(LOGOUT_URL).flush('down', { status: 503, statusText: 'Unavailable' });
    await done;
    expect(store.status()).toBe('signed-out');
  });
});
