import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { MeResponse } from '@lederloeft/contracts';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME, LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from '../../auth/testing/me-fixture';
import { administrationRoutes } from '../administration.routes';
import { ADMIN_ME, DIRECTOR_ME } from '../testing/admin-fixtures';

@Component({ template: '' })
class SignInStub {}

describe('administration access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'administration', children: administrationRoutes },
          { path: 'log-ind', component: SignInStub },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

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

  function sections(root: HTMLElement): string[] {
    return Array.from(root.querySelectorAll('[data-testid="admin-section"] h2')).map(
      (h) => h.textContent?.trim() ?? '',
    );
  }

  it('shows an admin a card for every area', async () => {
    const page = await visit('/administration', ADMIN_ME);
    expect(sections(page)).toEqual([
      'Ledere',
      'Enheder',
      'Importér enheder',
      'Importér ledere',
      'Evalueringsrunder',
      'Importér lederevaluering',
      'Trivselsmåling',
      'Målprofiler',
      'Lokale fortolkninger',
      'Ledelsesgrundlagets udgaver',
      'Konti',
      'Strategiske prioriteter',
    ]);
    const links = Array.from(page.querySelectorAll('[data-testid="admin-section"] a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/administration/ledere',
      '/administration/enheder',
      '/administration/import-enheder',
      '/administration/import-ledere',
      '/administration/evalueringsrunder',
      '/administration/import-lederevaluering',
      '/administration/trivselsmaaling',
      '/administration/maalprofiler',
      '/administration/fortolkninger',
      '/administration/ledelsesgrundlag',
      '/administration/konti',
      '/administration/strategiske-prioriteter',
    ]);
  });

  it('shows HR and directors only the areas their role opens', async () => {
    expect(sections(await visit('/administration', HR_ME))).toEqual([
      'Ledere',
      'Importér lederevaluering',
      'Trivselsmåling',
      'Strategiske prioriteter',
    ]);
  });

  it('keeps the rounds to admins: HR sees "Ingen adgang" there', async () => {
    const page = await visit('/administration/evalueringsrunder', HR_ME);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Ingen adgang');
  });

  it('shows a director only the local interpretations and the strategic priorities', async () => {
    expect(sections(await visit('/administration', DIRECTOR_ME))).toEqual([
      'Lokale fortolkninger',
      'Strategiske prioriteter',
    ]);
  });

  it('shows "Ingen adgang" at the same address to people without the role', async () => {
    const page = await visit('/administration/maalprofiler', DIRECTOR_ME);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Ingen adgang');
    // The address bar keeps what was asked for.
    expect(TestBed.inject(Location).path()).toBe('/administration/maalprofiler');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/administration');
  });

  it('shows "Ingen adgang" to a leader, with a way back to the framework', async () => {
    const page = await visit('/administration', LEADER_ME);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Ingen adgang');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/ledelsesgrundlag');
  });

  it('sends visitors who are not signed in to "Log ind" first', async () => {
    await visit('/administration/import-ledere', null);
    expect(TestBed.inject(Router).url).toBe('/log-ind?returnUrl=%2Fadministration%2Fimport-ledere');
  });
});
