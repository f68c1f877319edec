import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ME_URL } from './data-access/auth-api';
import { signedInGuard } from './signed-in.guard';
import { LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from './testing/me-fixture';

@Component({ template: '' })
class StubPage {}

describe('signedInGuard', () => {
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'min-udvikling', canActivate: [signedInGuard], component: StubPage },
          { path: 'log-ind', component: StubPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  /** The router runs guards asynchronously: wait until the guard has asked /api/me. */
  async function flushMe(body: object, options?: { status: number; statusText: string }) {
    let requests = http.match(ME_URL);
    for (let tick = 0; tick < 20 && !requests.length; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      requests = http.match(ME_URL);
    }
    expect(requests).toHaveLength(1);
    requests[0].flush(body, options);
  }

  it('sends anonymous visitors to "Log ind" with the address they wanted', async () => {
    const navigation = router.navigateByUrl('/min-udvikling?fane=plan');
    await flushMe(UNAUTHORIZED_BODY, UNAUTHORIZED);
    await navigation;
    expect(router.url).toBe('/log-ind?returnUrl=%2Fmin-udvikling%3Ffane%3Dplan');
  });

  it('lets signed-in people through', async () => {
    const navigation = router.navigateByUrl('/min-udvikling');
    await flushMe(LEADER_ME);
    await expect(navigation).resolves.toBe(true);
    expect(router.url).toBe('/min-udvikling');
  });
});
