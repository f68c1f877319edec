import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Location } from '@angular/common';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeResponse } from '@lederloeft/contracts';
import { DIRECTOR_ME } from '../../administration/testing/admin-fixtures';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME, LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from '../../auth/testing/me-fixture';
import { catalogueRoutes } from '../catalogue.routes';

@Component({ template: '' })
class SignInStub {}

describe('catalogue access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'kursuskatalog', children: catalogueRoutes },
          { path: 'log-ind', component: SignInStub },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The pages' own requests are not what these tests are about.
    http.match(() => true);
    http.verify();
  });

  async function visit(url: string, me: MeResponse | null): Promise<HTMLElement> {
    const known = TestBed.inject(AuthStore).init();
    const request = http.expectOne(ME_URL);
    if (me) {
      request.flush(me);
    } else {
      request.flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
    }
    await known;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  function noAccess(page: HTMLElement): boolean {
    return page.querySelector('[data-testid="no-access"]') !== null;
  }

  it('opens the catalogue and an offer to every signed-in person', async () => {
    expect(noAccess(await visit('/kursuskatalog', LEADER_ME))).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/kursuskatalog');
  });

  it('shows a leader "Ingen adgang" for the editor and the import, at the address asked for', async () => {
    const page = await visit('/kursuskatalog/nyt', LEADER_ME);
    expect(noAccess(page)).toBe(true);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Ingen adgang');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/kursuskatalog');
    expect(TestBed.inject(Location).path()).toBe('/kursuskatalog/nyt');
  });

  it('lets directors see the coverage', async () => {
    expect(noAccess(await visit('/kursuskatalog/daekning', DIRECTOR_ME))).toBe(false);
  });

  it('does not let directors import', async () => {
    expect(noAccess(await visit('/kursuskatalog/import', DIRECTOR_ME))).toBe(true);
  });

  it('opens the editor, the import and the coverage to HR', async () => {
    expect(noAccess(await visit('/kursuskatalog/import', HR_ME))).toBe(false);
    const router = TestBed.inject(Router);
    expect(await router.navigateByUrl('/kursuskatalog/offer-1/rediger')).toBe(true);
    expect(await router.navigateByUrl('/kursuskatalog/daekning')).toBe(true);
  });

  it('sends visitors who are not signed in to "Log ind" first', async () => {
    await visit('/kursuskatalog?q=ledelse', null);
    expect(TestBed.inject(Router).url).toBe('/log-ind?returnUrl=%2Fkursuskatalog%3Fq%3Dledelse');
  });
});
