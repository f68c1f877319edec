import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CSRF_HEADER } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from '../testing/me-fixture';
import { LOGIN_URL, ME_URL, PASSWORD_URL } from './auth-api';
import { AuthStore } from './auth-store';
import { authInterceptor } from './auth.interceptor';

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let store: AuthStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    store = TestBed.inject(AuthStore);
  });

  afterEach(() => http.verify());

  async function signIn(): Promise<void> {
    const known = store.init();
    http.expectOne(ME_URL).flush(LEADER_ME);
    await known;
  }

  function ignore(): void {
    // Errors are expected in these tests; the store's reaction is what is checked.
  }

  it('adds the CSRF token to writes when signed in', async () => {
    await signIn();
    client.put('/api/leaders/leader-1/personal-foundation', { text: 'x' }).subscribe();
    client.post('/api/auth/logout', null).subscribe();
    client.patch('/api/things/1', {}).subscribe();
    client.delete('/api/things/1').subscribe();
    for (const request of http.match(() => true)) {
      expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-token-1');
      request.flush({});
    }
  });

  it('leaves reads without the token', async () => {
    await signIn();
    client.get('/api/leaders/leader-1').subscribe();
    client.head('/api/health').subscribe();
    for (const request of http.match(() => true)) {
      expect(request.request.headers.has(CSRF_HEADER)).toBe(false);
      request.flush({});
    }
  });

  it('sends no token when signed out', () => {
    client.post(LOGIN_URL, { email: 'a@b.dk', password: 'x' }).subscribe();
    expect(http.expectOne(LOGIN_URL).request.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('never sends the token to another origin', async () => {
    await signIn();
    client.post('https://example.org/api/x', {}).subscribe();
    client.post('//example.org/api/x', {}).subscribe();
    for (const request of http.match(() => true)) {
      expect(request.request.headers.has(CSRF_HEADER)).toBe(false);
      request.flush({});
    }
  });

  it('marks the visitor signed out on a 401 from an ordinary call', async () => {
    await signIn();
    client.get('/api/leaders/leader-1').subscribe({ error: ignore });
    http.expectOne('/api/leaders/leader-1').flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    expect(store.status()).toBe('signed-out');
  });

  it('does not sign out on the 401s that mean something else', async () => {
    await signIn();
    for (const url of [ME_URL, LOGIN_URL, PASSWORD_URL]) {
      firstValueFrom(client.post(url, {})).catch(ignore);
      http.expectOne(url).flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    }
    expect(store.status()).toBe('signed-in');
  });

  it('does not sign out on other errors', async () => {
    await signIn();
    client.get('/api/leaders/x').subscribe({ error: ignore });
    http.expectOne('/api/leaders/x').flush({}, { status: 403, statusText: 'Forbidden' });
    expect(store.status()).toBe('signed-in');
  });
});
