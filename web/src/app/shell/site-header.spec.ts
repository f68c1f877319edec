import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LOGOUT_URL, ME_URL } from '../auth/data-access/auth-api';
import { AuthStore } from '../auth/data-access/auth-store';
import { signedInGuard } from '../auth/signed-in.guard';
import {
  HR_ME,
  LEADER_ME,
  MANAGER_ME,
  UNAUTHORIZED,
  UNAUTHORIZED_BODY,
} from '../auth/testing/me-fixture';
import { LanguageService } from '../i18n/language.service';
import { settle } from '../testing/settle';
import { SiteHeader } from './site-header';

@Component({ template: '' })
class StubPage {}

describe('SiteHeader sign-in state', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SiteHeader>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'min-udvikling', canActivate: [signedInGuard], component: StubPage },
          { path: '**', component: StubPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element?.remove();
  });

  async function render(me: object, options?: { status: number; statusText: string }) {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me, options);
    await known;
    fixture = TestBed.createComponent(SiteHeader);
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  function utility(): HTMLElement {
    return element.querySelector('.site-header__tools') as HTMLElement;
  }

  function signOutButton(): HTMLButtonElement | undefined {
    return Array.from(utility().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Log ud',
    );
  }

  it('offers "Log ind" to anonymous visitors', async () => {
    await render(UNAUTHORIZED_BODY, UNAUTHORIZED);
    const link = utility().querySelector('a');
    expect(link?.textContent?.trim()).toBe('Log ind');
    expect(link?.getAttribute('href')).toBe('/log-ind');
    expect(signOutButton()).toBeUndefined();
  });

  it('shows nothing about signing in until /api/me has answered', async () => {
    fixture = TestBed.createComponent(SiteHeader);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(utility().querySelector('a')).toBeNull();
    expect(utility().textContent).not.toContain('Log');
    TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
  });

  it('shows the name and "Log ud" when signed in, in both languages', async () => {
    await render(LEADER_ME);
    expect(utility().querySelector('[data-testid="signed-in-user"]')?.textContent).toContain(
      'Mette Jensen',
    );
    expect(utility().textContent).toContain('Logget ind som');
    expect(signOutButton()).toBeDefined();

    TestBed.inject(LanguageService).set('en');
    await fixture.whenStable();
    expect(utility().querySelector('button')?.textContent?.trim()).toBe('Sign out');
  });

  function navLinks(): (string | undefined)[] {
    return Array.from(element.querySelectorAll('#main-nav a')).map((a) => a.textContent?.trim());
  }

  it('links "Mit team" for managers only, and "Overblik" (their team’s units)', async () => {
    await render(MANAGER_ME);
    expect(navLinks()).toEqual([
      'Ledelsesgrundlaget',
      'Min udvikling',
      'Min udviklingsplan',
      'Mit team',
      'Kursuskatalog',
      'Overblik',
    ]);
    const link = element.querySelector('#main-nav a[href="/mit-team"]');
    expect(link).not.toBeNull();
    expect(element.querySelectorAll('#main-nav .main-nav__item--soon')).toHaveLength(0);
  });

  it('links "Overblik" and "Administration" for HR (and administrators and directors), not for leaders', async () => {
    await render(HR_ME);
    expect(navLinks()).toEqual([
      'Ledelsesgrundlaget',
      'Min udvikling',
      'Min udviklingsplan',
      'Kursuskatalog',
      'Overblik',
      'Administration',
    ]);
    expect(element.querySelector('#main-nav a[href="/administration"]')).not.toBeNull();
    expect(element.querySelector('#main-nav a[href="/overblik"]')).not.toBeNull();
  });

  it('does not show "Mit team" to leaders without reports', async () => {
    await render(LEADER_ME);
    expect(navLinks()).toEqual([
      'Ledelsesgrundlaget',
      'Min udvikling',
      'Min udviklingsplan',
      'Kursuskatalog',
    ]);
    expect(element.textContent).not.toContain('Mit team');
    expect(element.textContent).not.toContain('Overblik');
  });

  it('links "Kursuskatalog" for every signed-in person', async () => {
    await render(LEADER_ME);
    const link = element.querySelector('#main-nav a[href="/kursuskatalog"]');
    expect(link?.textContent?.trim()).toBe('Kursuskatalog');
  });

  it('hides "Mit team" and "Kursuskatalog" when a manager signs out', async () => {
    await render(MANAGER_ME);
    TestBed.inject(AuthStore).markSignedOut();
    await fixture.whenStable();
    expect(navLinks()).toEqual(['Ledelsesgrundlaget', 'Min udvikling', 'Min udviklingsplan']);
    expect(element.querySelector('#main-nav')?.textContent).not.toContain('Kursuskatalog');
  });

  it('signs out on a public page, stays there and puts focus on "Log ind"', async () => {
    await render(LEADER_ME);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/ledelsesgrundlag/hedekraft');
    signOutButton()?.click();
    await fixture.whenStable();
    http.expectOne({ method: 'POST', url: LOGOUT_URL }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle(fixture);
    expect(router.url).toBe('/ledelsesgrundlag/hedekraft');
    const link = utility().querySelector('a');
    expect(link?.textContent?.trim()).toBe('Log ind');
    expect(document.activeElement).toBe(link);
  });

  it('leaves a page for signed-in people before signing out', async () => {
    await render(LEADER_ME);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/min-udvikling');
    signOutButton()?.click();
    await settle(fixture);
    expect(router.url).toBe('/ledelsesgrundlag');
    http.expectOne(LOGOUT_URL).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(TestBed.inject(AuthStore).status()).toBe('signed-out');
  });
});
