import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { CSRF_HEADER, type MeResponse } from '@lederloeft/contracts';
import { provideRouter } from '@angular/router';
import { ASSESSMENT_ROUNDS_URL, ratingSheetUrl } from '../../assessment/data-access/assessment-api';
import {
  BEHAVIOUR_KEYS,
  CLOSED_ROUND_FIXTURE,
  ROUND_FIXTURE,
  ratingSheet,
} from '../../assessment/testing/assessment-fixture';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME, LEADER_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { SelfAssessmentPage } from './self-assessment-page';

describe('SelfAssessmentPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SelfAssessmentPage>;
  let element: HTMLElement;
  const SHEET_URL = ratingSheetUrl('leader-1', 'round-1', 'self');

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
    http.verify();
    element?.remove();
  });

  async function render(me: MeResponse = LEADER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(SelfAssessmentPage);
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  async function renderWith(ratings: Record<string, number | null>): Promise<void> {
    await render();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([ROUND_FIXTURE]);
    http.expectOne(SHEET_URL).flush(ratingSheet(ratings));
    await settle(fixture);
  }

  function groups(): HTMLFieldSetElement[] {
    return Array.from(element.querySelectorAll('fieldset[role="radiogroup"]'));
  }

  /** The accessible name of a radio group: the text of the element it is labelled by. */
  function nameOf(group: HTMLElement): string | undefined {
    const id = group.getAttribute('aria-labelledby') ?? '';
    return element.querySelector(`[id="${id}"]`)?.textContent?.trim();
  }

  function radio(group: HTMLElement, label: string): HTMLInputElement {
    const found = Array.from(group.querySelectorAll('label')).find(
      (l) => l.querySelector('.rating-option__label')?.textContent?.trim() === label,
    );
    return found?.querySelector('input') as HTMLInputElement;
  }

  function button(name: string): HTMLButtonElement | undefined {
    return Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
  }

  function progress(): string {
    return element.querySelector('[data-testid="assessment-progress"]')?.textContent?.trim() ?? '';
  }

  it('asks one competency at a time, each behaviour a named radio group', async () => {
    await render();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Henter vurderingen');
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([CLOSED_ROUND_FIXTURE, ROUND_FIXTURE]);
    http.expectOne(SHEET_URL).flush(ratingSheet({}));
    await settle(fixture);

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Selvvurdering');
    expect(element.textContent).toContain('Trin 1 af 4');
    expect(element.querySelector('#rating-step-title')?.textContent?.trim()).toBe(
      'Ledelse med handlekraft',
    );
    expect(progress()).toContain('0 af 14 besvaret');
    expect(Array.from(element.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual([
      'Sådan sætter du rammen',
      'Din personlige adfærd',
    ]);
    expect(groups().map(nameOf)).toEqual([
      'Adfærd 1 i handlekraft (frame)',
      'Adfærd 2 i handlekraft (frame)',
      'Adfærd 3 i handlekraft (personal)',
    ]);
    const labels = Array.from(groups()[0].querySelectorAll('.rating-option__label')).map((l) =>
      l.textContent?.trim(),
    );
    expect(labels).toEqual([
      'I meget lav grad',
      'I lav grad',
      'I nogen grad',
      'I høj grad',
      'I meget høj grad',
      'Kan ikke vurdere',
    ]);
    expect(groups()[0].querySelectorAll('input[type="radio"]')).toHaveLength(6);
    const bar = element.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('0');
    expect(bar?.getAttribute('aria-valuemax')).toBe('14');
  });

  it('saves a choice at once with the CSRF token, and says "Gemt"', async () => {
    await renderWith({});
    const choice = radio(groups()[1], 'I høj grad');
    choice.click();
    await fixture.whenStable();
    expect(groups()[1].querySelector('[role="status"]')?.textContent?.trim()).toBe('Gemmer…');
    expect(progress()).toContain('1 af 14 besvaret');

    const request = http.expectOne(SHEET_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ behaviourKey: 'handlekraft.b2', rating: 4 });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-token-1');
    request.flush(ratingSheet({ 'handlekraft.b2': 4 }));
    await settle(fixture);
    expect(groups()[1].querySelector('[role="status"]')?.textContent?.trim()).toBe('Gemt');
    expect(radio(groups()[1], 'I høj grad').checked).toBe(true);
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('1');

    radio(groups()[2], 'Kan ikke vurdere').click();
    await fixture.whenStable();
    expect(http.expectOne(SHEET_URL).request.body).toEqual({
      behaviourKey: 'handlekraft.b3',
      rating: null,
    });
  });

  it('puts the old answer back and says why when saving fails', async () => {
    await renderWith({ 'handlekraft.b1': 2 });
    radio(groups()[0], 'I meget høj grad').click();
    await fixture.whenStable();
    http
      .expectOne(SHEET_URL)
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Runden er lukket.' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    const alert = groups()[0].querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Svaret blev ikke gemt.');
    expect(alert?.textContent).toContain('Runden er lukket.');
    expect(radio(groups()[0], 'I lav grad').checked).toBe(true);
    expect(radio(groups()[0], 'I meget høj grad').checked).toBe(false);
    expect(progress()).toContain('1 af 14 besvaret');
  });

  it('moves between steps with Næste and Forrige and puts focus on the step title', async () => {
    await renderWith({});
    expect(button('Forrige')).toBeUndefined();
    button('Næste')?.click();
    await settle(fixture);
    expect(element.textContent).toContain('Trin 2 af 4');
    const title = element.querySelector('#rating-step-title');
    expect(title?.textContent?.trim()).toBe('Ledelse med borgerne i centrum');
    expect(document.activeElement).toBe(title);
    expect(groups()).toHaveLength(5);
    const current = element.querySelector('nav [aria-current="step"]');
    expect(current?.textContent).toContain('Ledelse med borgerne i centrum');

    button('Forrige')?.click();
    await settle(fixture);
    expect(element.querySelector('#rating-step-title')?.textContent?.trim()).toBe(
      'Ledelse med handlekraft',
    );
  });

  it('resumes at the first competency with unanswered behaviours', async () => {
    await renderWith({ 'handlekraft.b1': 3, 'handlekraft.b2': 4, 'handlekraft.b3': null });
    expect(element.textContent).toContain('Trin 2 af 4');
    expect(progress()).toContain('3 af 14 besvaret');
  });

  it('ends with a summary that links to the gaps; a failed change asks to check the connection', async () => {
    const all = Object.fromEntries(BEHAVIOUR_KEYS.map((key) => [key, 4]));
    await renderWith(all);
    const summary = element.querySelector('[data-testid="assessment-summary"]');
    expect(summary?.textContent?.trim()).toBe('Du har besvaret 14 af 14');
    const link = Array.from(element.querySelectorAll('a')).find((a) =>
      a.textContent?.includes('Se dine kompetencegab'),
    );
    expect(link?.getAttribute('href')).toBe('/min-udvikling#kompetencegab');

    const first = element.querySelector('nav button') as HTMLButtonElement;
    first.click();
    await settle(fixture);
    radio(groups()[0], 'Kan ikke vurdere').click();
    http.expectOne(SHEET_URL).flush('down', { status: 503, statusText: 'Down' });
    await settle(fixture);
    expect(groups()[0].querySelector('[role="alert"]')?.textContent).toContain(
      'Tjek din forbindelse',
    );
  });

  it('lists the competencies with unanswered behaviours on the summary', async () => {
    const some = Object.fromEntries(BEHAVIOUR_KEYS.slice(3).map((key) => [key, 3]));
    await renderWith(some);
    button('Forrige')?.click();
    await settle(fixture);
    Array.from(element.querySelectorAll<HTMLButtonElement>('nav button')).pop()?.click();
    await settle(fixture);
    expect(element.textContent).toContain('Du har besvaret 11 af 14');
    expect(element.textContent).toContain('Der mangler svar på 3 spørgsmål:');
    button('Ledelse med handlekraft: 3 ubesvarede')?.click();
    await settle(fixture);
    expect(element.textContent).toContain('Trin 1 af 4');
  });

  it('says so when no round is open', async () => {
    await render();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([CLOSED_ROUND_FIXTURE]);
    await settle(fixture);
    expect(element.querySelector('[data-testid="no-open-round"]')?.textContent).toContain(
      'Der er ingen åben vurderingsrunde',
    );
    expect(element.querySelector('fieldset')).toBeNull();
  });

  it('tells accounts without a leader record that there is nothing to rate', async () => {
    await render(HR_ME);
    expect(element.querySelector('[data-testid="not-a-leader"]')).not.toBeNull();
    http.expectNone(() => true);
  });

  it('titles the page "Selvvurdering"', async () => {
    await renderWith({});
    expect(TestBed.inject(Title).getTitle()).toBe('Selvvurdering · Lederløft');
  });
});
