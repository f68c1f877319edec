import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CSRF_HEADER, type MeResponse } from '@lederloeft/contracts';
import { provideRouter } from '@angular/router';
import { ASSESSMENT_ROUNDS_URL } from '../../assessment/data-access/assessment-api';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME, LEADER_ME, UNAUTHORIZED } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { LanguageService } from '../../i18n/language.service';
import { settle } from '../../testing/settle';
import { leaderUrl, personalFoundationUrl } from '../data-access/leader-api';
import { FOUNDATION_FIXTURE, LEADER_FIXTURE } from '../testing/leader-fixture';
import { MyDevelopmentPage } from './my-development-page';

describe('MyDevelopmentPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyDevelopmentPage>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The self-assessment card and the gap profile have their own specs.
    http.match(
      (r) =>
        r.url === CURRENT_FRAMEWORK_URL ||
        r.url === ASSESSMENT_ROUNDS_URL ||
        r.url.endsWith('/gap-profile'),
    );
    http.verify();
  });

  async function signIn(me: MeResponse): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
  }

  async function render(me: MeResponse = LEADER_ME): Promise<void> {
    await signIn(me);
    fixture = TestBed.createComponent(MyDevelopmentPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function renderLoaded(): Promise<void> {
    await render();
    http.expectOne(leaderUrl('leader-1')).flush(LEADER_FIXTURE);
    http.expectOne(personalFoundationUrl('leader-1')).flush(FOUNDATION_FIXTURE);
    await fixture.whenStable();
  }

  function facts(): Record<string, string> {
    const card = element.querySelector('[data-testid="leader-facts"]') as HTMLElement;
    return Object.fromEntries(
      Array.from(card.querySelectorAll('dl > div')).map((row) => [
        row.querySelector('dt')?.textContent?.trim(),
        row.querySelector('dd')?.textContent?.trim(),
      ]),
    );
  }

  function textarea(): HTMLTextAreaElement {
    const label = Array.from(element.querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === 'Mit personlige ledelsesgrundlag',
    );
    return element.querySelector(`#${label?.htmlFor}`) as HTMLTextAreaElement;
  }

  function editor(): HTMLElement {
    return element.querySelector('ll-personal-foundation-editor') as HTMLElement;
  }

  function saveButton(): HTMLButtonElement {
    return element.querySelector('button[type="submit"]') as HTMLButtonElement;
  }

  async function typeText(value: string): Promise<void> {
    textarea().value = value;
    textarea().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('shows a loading status, then the leader facts', async () => {
    await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Min udvikling');
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Henter dine oplysninger…',
    );
    http.expectOne(leaderUrl('leader-1')).flush(LEADER_FIXTURE);
    http.expectOne(personalFoundationUrl('leader-1')).flush(FOUNDATION_FIXTURE);
    await fixture.whenStable();

    expect(facts()).toEqual({
      Stilling: 'Dagtilbudsleder',
      Lederniveau: 'Førstelinjeleder',
      Enhed: 'Dagtilbud Nord',
      'Nærmeste leder': 'Søren Madsen',
      'I stillingen siden': '1. marts 2019',
    });
    expect(element.querySelector('[data-testid="leader-facts"]')?.textContent).toContain(
      'Mette Jensen',
    );
  });

  it('names the level in English and says when there is no manager or start date', async () => {
    await render();
    http.expectOne(leaderUrl('leader-1')).flush({
      ...LEADER_FIXTURE,
      levelKey: 'direktoer',
      manager: null,
      startDate: null,
    });
    http.expectOne(personalFoundationUrl('leader-1')).flush(FOUNDATION_FIXTURE);
    TestBed.inject(LanguageService).set('en');
    await fixture.whenStable();
    expect(facts()).toEqual({
      'Job title': 'Dagtilbudsleder',
      'Leader level': 'Director',
      Unit: 'Dagtilbud Nord',
      'Line manager': 'None',
      'In the position since': 'Not recorded',
    });
  });

  it('shows the saved text as paragraphs and fills the editor with it', async () => {
    await renderLoaded();
    const read = Array.from(
      element.querySelectorAll('[data-testid="personal-foundation-read"] p'),
    ).map((p) => p.textContent?.trim());
    expect(read).toEqual(['Jeg leder med tillid.', 'Jeg tager ansvar for helheden.']);
    expect(element.textContent).toContain('Senest gemt 20. november 2026');
    expect(textarea().value).toBe(FOUNDATION_FIXTURE.text);
    expect(textarea().getAttribute('maxlength')).toBe('5000');
    expect(element.textContent).toContain('53 af 5000 tegn');
  });

  it('offers "Gem" only when the text has changed', async () => {
    await renderLoaded();
    expect(saveButton().textContent?.trim()).toBe('Gem');
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');

    await typeText('Ny tekst.');
    expect(saveButton().getAttribute('aria-disabled')).toBeNull();
    expect(element.textContent).toContain('9 af 5000 tegn');
    expect(element.textContent).toContain('Du har ændringer, som ikke er gemt.');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);

    await typeText(FOUNDATION_FIXTURE.text);
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('saves with PUT and the CSRF token, then shows "Gemt" and the new text', async () => {
    await renderLoaded();
    await typeText('Første afsnit.\n\nAndet afsnit.');
    saveButton().click();
    await fixture.whenStable();

    const request = http.expectOne(personalFoundationUrl('leader-1'));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ text: 'Første afsnit.\n\nAndet afsnit.' });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-token-1');
    expect(saveButton().textContent?.trim()).toBe('Gemmer…');
    expect(textarea().readOnly).toBe(true);

    request.flush({
      leaderId: 'leader-1',
      text: 'Første afsnit.\n\nAndet afsnit.',
      updatedAt: '2026-11-27T13:32:00.000Z',
    });
    await settle(fixture);

    const status = editor().querySelector('[role="status"]');
    expect(status?.textContent).toMatch(/Gemt kl\. \d{2}\.\d{2}/);
    expect(editor().querySelector('[role="alert"]')).toBeNull();
    const read = Array.from(
      element.querySelectorAll('[data-testid="personal-foundation-read"] p'),
    ).map((p) => p.textContent?.trim());
    expect(read).toEqual(['Første afsnit.', 'Andet afsnit.']);
    expect(element.textContent).toContain('Senest gemt 27. november 2026');
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('shows the API message when saving fails, and keeps the typed text', async () => {
    await renderLoaded();
    await typeText('For lang tekst');
    saveButton().click();
    await fixture.whenStable();
    http.expectOne(personalFoundationUrl('leader-1')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Teksten må højst være 5000 tegn.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    const alert = editor().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Teksten blev ikke gemt.');
    expect(alert?.textContent).toContain('Teksten må højst være 5000 tegn.');
    expect(editor().querySelector('[role="status"]')?.textContent?.trim()).toBe('');
    expect(textarea().value).toBe('For lang tekst');
    expect(saveButton().getAttribute('aria-disabled')).toBeNull();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it('says the session has ended when saving answers 401', async () => {
    await renderLoaded();
    await typeText('Ny tekst.');
    saveButton().click();
    await fixture.whenStable();
    http
      .expectOne(personalFoundationUrl('leader-1'))
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Ikke logget ind.' }, UNAUTHORIZED);
    await settle(fixture);
    expect(editor().querySelector('[role="alert"]')?.textContent).toContain(
      'Du er ikke længere logget ind.',
    );
    expect(TestBed.inject(AuthStore).status()).toBe('signed-out');
    // The page stays, so the text can still be copied.
    expect(textarea().value).toBe('Ny tekst.');
  });

  it('offers "Prøv igen" when the facts cannot be loaded', async () => {
    await render();
    const foundation = http.expectOne(personalFoundationUrl('leader-1'));
    http.expectOne(leaderUrl('leader-1')).flush('down', { status: 503, statusText: 'Down' });
    expect(foundation.cancelled).toBe(true);
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der opstod en fejl.');
    const retry = element.querySelector('button') as HTMLButtonElement;
    expect(retry.textContent?.trim()).toBe('Prøv igen');

    retry.click();
    http.expectOne(leaderUrl('leader-1')).flush(LEADER_FIXTURE);
    http.expectOne(personalFoundationUrl('leader-1')).flush(FOUNDATION_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="leader-facts"]')).not.toBeNull();
  });

  it('tells accounts without a leader record that the page is for leaders', async () => {
    await render(HR_ME);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Min udvikling');
    expect(element.querySelector('[data-testid="not-a-leader"]')?.textContent).toContain(
      'Min udvikling er for kommunens ledere.',
    );
    expect(element.querySelector('[data-testid="leader-facts"]')).toBeNull();
    http.expectNone(() => true);
  });
});
