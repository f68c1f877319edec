import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LanguageService } from '../../i18n/language.service';
import { settle } from '../../testing/settle';
import { LOGIN_URL } from '../data-access/auth-api';
import { AuthStore } from '../data-access/auth-store';
import { LEADER_ME, UNAUTHORIZED } from '../testing/me-fixture';
import { SignInPage } from './sign-in-page';

@Component({ template: '' })
class StubPage {}

describe('SignInPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SignInPage>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: StubPage }]),
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

  async function render(returnUrl?: string): Promise<void> {
    fixture = TestBed.createComponent(SignInPage);
    if (returnUrl !== undefined) {
      fixture.componentRef.setInput('returnUrl', returnUrl);
    }
    element = fixture.nativeElement as HTMLElement;
    // Attached, so focus can be checked.
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  function input(label: string): HTMLInputElement {
    const found = Array.from(element.querySelectorAll('label')).find(
      (l) => l.textContent?.trim().replace(/\s*\*$/, '') === label,
    );
    const control = found && element.querySelector<HTMLInputElement>(`#${found.htmlFor}`);
    if (!control) {
      throw new Error(`No field labelled "${label}"`);
    }
    return control;
  }

  function type(field: HTMLInputElement, value: string): void {
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function submitButton(): HTMLButtonElement {
    return element.querySelector('button[type="submit"]') as HTMLButtonElement;
  }

  async function fillAndSubmit(email: string, password: string): Promise<void> {
    type(input('E-mail'), email);
    type(input('Adgangskode'), password);
    submitButton().click();
    await fixture.whenStable();
  }

  it('has labelled fields with autocomplete hints and a "Log ind" button', async () => {
    await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Log ind');
    expect(input('E-mail').getAttribute('autocomplete')).toBe('username');
    expect(input('E-mail').type).toBe('email');
    expect(input('Adgangskode').getAttribute('autocomplete')).toBe('current-password');
    expect(input('Adgangskode').type).toBe('password');
    expect(submitButton().textContent?.trim()).toBe('Log ind');
  });

  it('lists missing fields in a focused error summary, without calling the API', async () => {
    await render();
    submitButton().click();
    await fixture.whenStable();
    const summary = element.querySelector('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toContain('Du blev ikke logget ind');
    const links = Array.from(summary.querySelectorAll('a'));
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Skriv din e-mail.',
      'Skriv din adgangskode.',
    ]);
    expect(document.activeElement).toBe(summary);

    links[1].click();
    expect(document.activeElement).toBe(input('Adgangskode'));
    http.expectNone(LOGIN_URL);
  });

  it('shows the API message in the error summary and moves focus to it', async () => {
    await render();
    await fillAndSubmit('mette.jensen@example.dk', 'forkert');
    const request = http.expectOne({ method: 'POST', url: LOGIN_URL });
    expect(request.request.body).toEqual({
      email: 'mette.jensen@example.dk',
      password: 'forkert',
    });
    expect(submitButton().disabled).toBe(true);
    expect(submitButton().textContent?.trim()).toBe('Logger ind…');

    request.flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Forkert e-mail eller adgangskode.' },
      UNAUTHORIZED,
    );
    await settle(fixture);
    const summary = element.querySelector('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toContain('Forkert e-mail eller adgangskode.');
    expect(document.activeElement).toBe(summary);
    expect(submitButton().disabled).toBe(false);
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('shows the "too many attempts" message from the API (429)', async () => {
    await render();
    await fillAndSubmit('mette.jensen@example.dk', 'forkert');
    http.expectOne(LOGIN_URL).flush(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'For mange forsøg. Prøv igen om 15 minutter.',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'For mange forsøg. Prøv igen om 15 minutter.',
    );
  });

  it('uses its own words in English and for an unreachable server', async () => {
    await render();
    TestBed.inject(LanguageService).set('en');
    await fillAndSubmit('mette.jensen@example.dk', 'forkert');
    http
      .expectOne(LOGIN_URL)
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Forkert …' }, UNAUTHORIZED);
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Wrong e-mail or password.',
    );

    submitButton().click();
    await fixture.whenStable();
    http.expectOne(LOGIN_URL).error(new ProgressEvent('error'));
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'You could not be signed in right now.',
    );
  });

  it('goes to the return address after signing in', async () => {
    await render('/ledelsesgrundlag/hedekraft');
    await fillAndSubmit('mette.jensen@example.dk', 'hemmelig');
    http.expectOne(LOGIN_URL).flush(LEADER_ME);
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/ledelsesgrundlag/hedekraft');
    expect(TestBed.inject(AuthStore).me()?.name).toBe('Mette Jensen');
  });

  it('goes to Min udvikling when there is no return address, or an unsafe one', async () => {
    await render('https://evil.example/');
    await fillAndSubmit('mette.jensen@example.dk', 'hemmelig');
    http.expectOne(LOGIN_URL).flush(LEADER_ME);
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/min-udvikling');
  });
});
