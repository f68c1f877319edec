import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { AssessmentRoundView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { settle } from '../../testing/settle';
import { FRAMEWORKS_URL } from '../data-access/editions-api';
import { ROUNDS_URL } from '../data-access/import-api';
import { roundUrl } from '../data-access/rounds-api';
import { ADMIN_ME, EDITIONS, ROUNDS } from '../testing/admin-fixtures';
import { RoundsPage } from './rounds-page';

describe('RoundsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RoundsPage>;
  let element: HTMLElement;

  async function open(rounds: AssessmentRoundView[] = ROUNDS): Promise<void> {
    fixture = TestBed.createComponent(RoundsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(ROUNDS_URL).flush(rounds);
    http.expectOne(FRAMEWORKS_URL).flush(EDITIONS);
    await settle(fixture);
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(ADMIN_ME);
    await known;
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  function button(name: string, root: ParentNode = element): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function type(id: string, value: string): void {
    const input = element.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    input.dispatchEvent(new Event('blur'));
  }

  function rows(): HTMLTableRowElement[] {
    return Array.from(element.querySelectorAll('[data-testid="rounds"] tbody tr'));
  }

  it('lists each round with edition, period, status, sources with weights and anonymity limit', async () => {
    await open();
    expect(rows()).toHaveLength(2);
    const cells = Array.from(rows()[0].querySelectorAll('th, td')).map((c) =>
      c.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 6)).toEqual([
      'Lederevaluering 2026',
      'Udgave 1',
      '1. september 2026 – 18. december 2026',
      'Åben',
      'Selvvurdering (vægt 1)Nærmeste leder (vægt 2)Medarbejdere (vægt 2)',
      'Mindst 3 besvarelser',
    ]);
    expect(
      Array.from(rows()[0].querySelectorAll('li')).map((li) => li.textContent?.trim()),
    ).toEqual(['Selvvurdering (vægt 1)', 'Nærmeste leder (vægt 2)', 'Medarbejdere (vægt 2)']);
    expect(rows()[1].textContent).toContain('Lukket');
    expect(button('Åbn', rows()[1]).getAttribute('aria-label')).toBe('Åbn Lederevaluering 2025');
  });

  it('shows an empty state and still offers to create the first round', async () => {
    await open([]);
    expect(element.querySelector('[data-testid="no-rounds"]')?.textContent).toContain(
      'Der er endnu ingen evalueringsrunder',
    );
    expect(element.querySelector('#new-round-name')).not.toBeNull();
  });

  it('checks the new round before sending it, then creates it with the chosen settings', async () => {
    await open();
    button('Opret runde').click();
    await settle(fixture);
    http.expectNone(ROUNDS_URL);
    const form = element.querySelector('#rounds-create-title')?.parentElement as HTMLElement;
    expect(form.textContent).toContain('Skriv rundens navn.');
    expect(form.textContent).toContain('Vælg en dato.');
    expect(document.activeElement?.id).toBe('new-round-name');

    type('new-round-name', 'Lederevaluering 2027');
    type('new-round-start', '2027-09-01');
    type('new-round-end', '2027-08-01');
    await settle(fixture);
    expect(form.textContent).toContain('Slutdatoen må ikke ligge før startdatoen.');
    type('new-round-end', '2027-12-17');
    (element.querySelector('#new-round-source-survey-input') as HTMLInputElement).click();
    await settle(fixture);
    type('new-round-weight-survey', '1.5');
    type('new-round-min', '5');
    await settle(fixture);
    button('Opret runde').click();
    await settle(fixture);

    const request = http.expectOne({ method: 'POST', url: ROUNDS_URL });
    expect(request.request.body).toEqual({
      name: 'Lederevaluering 2027',
      frameworkId: 'fw-1',
      periodStart: '2027-09-01',
      periodEnd: '2027-12-17',
      sources: ['self', 'manager', 'employees', 'survey'],
      minRespondents: 5,
      weights: { self: 1, manager: 2, employees: 2, survey: 1.5 },
    });
    request.flush(
      {
        ...ROUNDS[0],
        id: 'round-2027',
        name: 'Lederevaluering 2027',
        periodStart: '2027-09-01',
        periodEnd: '2027-12-17',
        sources: ['self', 'manager', 'employees', 'survey'],
        minRespondents: 5,
        weights: { self: 1, manager: 2, employees: 2, survey: 1.5 },
      },
      { status: 201, statusText: 'Created' },
    );
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Runden »Lederevaluering 2027« er oprettet og åben.',
    );
    expect(rows()[0].textContent).toContain('Trivselsmåling (vægt 1,5)');
    expect(rows()[0].textContent).toContain('Mindst 5 besvarelser');
    // The form is back to its defaults for the next round, without errors.
    expect((element.querySelector('#new-round-name') as HTMLInputElement).value).toBe('');
    expect((element.querySelector('#new-round-min') as HTMLInputElement).value).toBe('3');
    expect((element.querySelector('#new-round-weight-manager') as HTMLInputElement).value).toBe(
      '2',
    );
    expect(element.querySelector('#new-round-weight-survey')).toBeNull();
    expect(form.querySelectorAll('mat-error')).toHaveLength(0);
  });

  it("shows the API's Danish message and details when it refuses the round", async () => {
    await open();
    type('new-round-name', 'X');
    type('new-round-start', '2027-09-01');
    type('new-round-end', '2027-10-01');
    await settle(fixture);
    button('Opret runde').click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: ROUNDS_URL }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Vægtene er ugyldige.',
        details: [{ path: 'weights', message: 'Mindst én kilde skal have en vægt over 0.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const alert = element.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('Runden blev ikke oprettet. Vægtene er ugyldige.');
    expect(alert.querySelector('[data-testid="error-details"]')?.textContent).toContain(
      'Mindst én kilde skal have en vægt over 0.',
    );
    expect(document.activeElement).toBe(alert);
    expect(rows()).toHaveLength(2);
  });

  it('asks before closing a round, and sends nothing when cancelled', async () => {
    await open();
    button('Luk', rows()[0]).click();
    await fixture.whenStable();
    let dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Luk »Lederevaluering 2026«?');
    expect(dialog.textContent).toContain('kan lederne og deres nærmeste ledere ikke længere svare');
    button('Annuller', dialog).click();
    await settle(fixture);
    http.expectNone(roundUrl('round-2026'));

    button('Luk', rows()[0]).click();
    await fixture.whenStable();
    dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    button('Luk', dialog).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: roundUrl('round-2026') });
    expect(request.request.body).toEqual({ status: 'closed' });
    request.flush({ ...ROUNDS[0], status: 'closed' });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Runden »Lederevaluering 2026« er lukket.',
    );
    expect(button('Åbn', rows()[0])).toBeTruthy();
  });

  it('opens a closed round again after confirmation', async () => {
    await open();
    button('Åbn', rows()[1]).click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Åbn »Lederevaluering 2025« igen?');
    button('Åbn', dialog).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: roundUrl('round-2025') });
    expect(request.request.body).toEqual({ status: 'open' });
    request.flush({ ...ROUNDS[1], status: 'open' });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Runden »Lederevaluering 2025« er åbnet.',
    );
  });

  it('edits the fields the API allows and sends only what changed', async () => {
    await open();
    button('Redigér', rows()[0]).click();
    await settle(fixture);
    expect(document.activeElement?.textContent).toContain('Redigér Lederevaluering 2026');
    const editor = element.querySelector('#rounds-editor-title')?.parentElement as HTMLElement;
    expect(editor.textContent).toContain(
      'Udgave, startdato og kilder kan ikke ændres: Udgave 1, start 1. september 2026, kilder: Selvvurdering, Nærmeste leder, Medarbejdere.',
    );
    expect(editor.querySelector('#edit-round-start')).toBeNull();
    expect(editor.querySelector('#edit-round-weight-survey')).toBeNull();

    button('Gem ændringer', editor).click();
    await settle(fixture);
    http.expectNone(roundUrl('round-2026'));
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Du har ikke ændret noget.',
    );

    type('edit-round-end', '2027-01-15');
    type('edit-round-min', '4');
    await settle(fixture);
    button('Gem ændringer', editor).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: roundUrl('round-2026') });
    expect(request.request.body).toEqual({ periodEnd: '2027-01-15', minRespondents: 4 });
    request.flush({ ...ROUNDS[0], periodEnd: '2027-01-15', minRespondents: 4 });
    await settle(fixture);
    expect(element.querySelector('#rounds-editor-title')).toBeNull();
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Ændringerne i »Lederevaluering 2026« er gemt.',
    );
    expect(rows()[0].textContent).toContain('15. januar 2027');
    expect(rows()[0].textContent).toContain('Mindst 4 besvarelser');
  });

  it('shows an error with a retry when the rounds cannot be fetched', async () => {
    fixture = TestBed.createComponent(RoundsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(FRAMEWORKS_URL);
    http.expectOne(ROUNDS_URL).flush(null, { status: 500, statusText: 'Server Error' });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der opstod en fejl.');

    button('Prøv igen').click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Henter oplysningerne…');
    http.expectOne(ROUNDS_URL).flush(ROUNDS);
    http.expectOne(FRAMEWORKS_URL).flush(EDITIONS);
    await settle(fixture);
    expect(rows()).toHaveLength(2);
  });
});
