import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssessmentRoundView, SurveyImportView, SurveyItemView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { ROUNDS_URL } from '../data-access/import-api';
import {
  SURVEY_ITEMS_URL,
  surveyItemUrl,
  surveyResultsPreviewUrl,
  surveyResultsUrl,
} from '../data-access/survey-api';
import { ROUNDS, chooseFile, csvFile } from '../testing/admin-fixtures';
import { SurveyPage } from './survey-page';

const SURVEY_ROUNDS: AssessmentRoundView[] = [
  { ...ROUNDS[0], sources: ['self', 'manager', 'employees', 'survey'], minRespondents: 5 },
  { ...ROUNDS[1], sources: ['self', 'survey'] },
  { ...ROUNDS[0], id: 'no-survey', name: 'Uden trivsel', sources: ['self'] },
];
const ITEMS: SurveyItemView[] = [
  { code: 'TRIV-07', text: 'Min leder giver mig tillid', competencyKey: null },
  { code: 'TRIV-12', text: 'Min leder tør gå nye veje', competencyKey: 'hedekraft' },
];
const PREVIEW: SurveyImportView = {
  rows: 4,
  units: 2,
  items: 3,
  unmappedItems: ['TRIV-07', 'TRIV-30'],
  errors: [],
};

describe('SurveyPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SurveyPage>;
  let element: HTMLElement;

  async function open(rounds = SURVEY_ROUNDS, items = ITEMS): Promise<void> {
    fixture = TestBed.createComponent(SurveyPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ROUNDS_URL).flush(rounds);
    http.expectOne(SURVEY_ITEMS_URL).flush(items);
    await settle(fixture);
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(HR_ME);
    await known;
  });

  afterEach(() => http.verify());

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function select(code: string): HTMLSelectElement {
    return element.querySelector(`#survey-item-${code}`) as HTMLSelectElement;
  }

  function setScale(value: string): void {
    const input = element.querySelector('#survey-scale') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('offers the rounds that use the survey, explains the file and the mapping', async () => {
    await open();
    const rounds = element.querySelector('select#survey-round') as HTMLSelectElement;
    expect(rounds.value).toBe('round-2026');
    expect(Array.from(rounds.options).map((o) => o.textContent?.trim())).toEqual([
      'Lederevaluering 2026, 1. september 2026 til 18. december 2026',
      'Lederevaluering 2025, 1. september 2025 til 18. december 2025 (lukket)',
    ]);
    expect((element.querySelector('#survey-scale') as HTMLInputElement).value).toBe('100');
    const text = element.textContent ?? '';
    expect(text).toContain('Spørgsmål-ID');
    expect(text).toContain('rundens anonymitetsgrænse (5)');
    expect(text).toContain(
      'Når et spørgsmål er knyttet til en ledelseskompetence, tæller enhedens score',
    );
    expect(text).toContain('1 af 2 spørgsmål er ikke knyttet til en kompetence.');

    expect(Array.from(select('TRIV-07').options).map((o) => o.textContent?.trim())).toEqual([
      'Ingen (tæller ikke med)',
      'Ledelse med handlekraft',
      'Ledelse med borgerne i centrum',
      'Ledelse på tværs',
      'Ledelse med hedekraft',
    ]);
    expect(select('TRIV-07').value).toBe('');
    expect(select('TRIV-12').value).toBe('hedekraft');
    expect(select('TRIV-12').getAttribute('aria-label')).toBe('Kompetence for TRIV-12');
  });

  it('previews with the chosen round and scale, imports, and lists the new items', async () => {
    await open();
    const rounds = element.querySelector('select#survey-round') as HTMLSelectElement;
    rounds.value = 'round-2025';
    rounds.dispatchEvent(new Event('change'));
    setScale('10');
    const file = csvFile('trivsel.csv');
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, file);
    button('Se forhåndsvisning').click();
    await fixture.whenStable();

    const preview = http.expectOne((r) => r.url === surveyResultsPreviewUrl('round-2025'));
    expect(preview.request.params.get('scaleMax')).toBe('10');
    expect(preview.request.body).toBe(file);
    preview.flush(PREVIEW);
    await settle(fixture);
    const summary = element.querySelector('[data-testid="import-summary"]')?.textContent;
    expect(summary).toContain('4 rækker i filen');
    expect(summary).toContain('2 enheder');
    expect(summary).toContain('3 spørgsmål');
    expect(element.querySelector('[data-testid="unmapped-items"]')?.textContent).toContain(
      '2 spørgsmål er ikke knyttet til en kompetence endnu: TRIV-07, TRIV-30.',
    );

    button('Indlæs').click();
    await fixture.whenStable();
    const run = http.expectOne((r) => r.url === surveyResultsUrl('round-2025'));
    expect(run.request.method).toBe('POST');
    expect(run.request.params.get('scaleMax')).toBe('10');
    run.flush(PREVIEW);
    await fixture.whenStable();
    http
      .expectOne(SURVEY_ITEMS_URL)
      .flush([...ITEMS, { code: 'TRIV-30', text: 'Jeg trives', competencyKey: null }]);
    await settle(fixture);
    expect(element.querySelector('.import-panel__status')?.textContent?.trim()).toBe(
      'Trivselsmålingen er indlæst. Rækker: 4, enheder: 2, spørgsmål: 3.',
    );
    expect(select('TRIV-30')).not.toBeNull();

    // The preview's note follows the mapping below.
    select('TRIV-07').value = 'handlekraft';
    select('TRIV-07').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    http.expectOne(surveyItemUrl('TRIV-07')).flush({ ...ITEMS[0], competencyKey: 'handlekraft' });
    await settle(fixture);
    expect(element.querySelector('[data-testid="unmapped-items"]')?.textContent?.trim()).toBe(
      'Spørgsmålet TRIV-30 er ikke knyttet til en kompetence endnu. Det tæller først med, når du har knyttet det til en kompetence nedenfor.',
    );
  });

  it('shows the problems by row and column and keeps "Indlæs" disabled', async () => {
    await open();
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, csvFile());
    button('Se forhåndsvisning').click();
    await fixture.whenStable();
    http
      .expectOne((r) => r.url === surveyResultsPreviewUrl('round-2026'))
      .flush({
        ...PREVIEW,
        errors: [{ line: 3, column: 'Enhed-ID', message: 'Ukendt enhed "IBK-9999".' }],
      });
    await settle(fixture);
    const cells = Array.from(
      element.querySelectorAll('[data-testid="import-errors"] tbody td'),
    ).map((td) => td.textContent?.trim());
    expect(cells).toEqual(['3', 'Enhed-ID', 'Ukendt enhed "IBK-9999".']);
    expect(button('Indlæs').getAttribute('aria-disabled')).toBe('true');
  });

  it('will not preview with a scale the API would refuse', async () => {
    await open();
    setScale('2.5');
    await settle(fixture);
    expect(element.textContent).toContain('Skriv et helt tal fra 1 til 9999.');
    expect(button('Se forhåndsvisning').getAttribute('aria-disabled')).toBe('true');
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, csvFile());
    button('Se forhåndsvisning').click();
    await settle(fixture);
    http.expectNone((r) => r.url.includes('survey-results'));
  });

  it('saves a changed mapping at once and says the results were recomputed', async () => {
    await open();
    select('TRIV-07').value = 'handlekraft';
    select('TRIV-07').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(
      element.querySelector('[data-testid="survey-item-state-TRIV-07"]')?.textContent?.trim(),
    ).toBe('Gemmer…');
    const request = http.expectOne({ method: 'PUT', url: surveyItemUrl('TRIV-07') });
    expect(request.request.body).toEqual({ competencyKey: 'handlekraft' });
    request.flush({ ...ITEMS[0], competencyKey: 'handlekraft' });
    await settle(fixture);
    expect(
      element.querySelector('[data-testid="survey-item-state-TRIV-07"]')?.textContent?.trim(),
    ).toBe('Gemt, resultaterne er beregnet igen.');
    expect(element.querySelector('.survey-mapping__announce')?.textContent).toBe(
      'TRIV-07 er knyttet til Ledelse med handlekraft. Trivselsresultaterne er beregnet igen.',
    );
    expect(element.textContent).toContain('Alle 2 spørgsmål er knyttet til en kompetence.');

    select('TRIV-12').value = '';
    select('TRIV-12').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const none = http.expectOne(surveyItemUrl('TRIV-12'));
    expect(none.request.body).toEqual({ competencyKey: null });
    none.flush({ ...ITEMS[1], competencyKey: null });
    await settle(fixture);
    expect(element.querySelector('.survey-mapping__announce')?.textContent).toBe(
      'TRIV-12 tæller ikke længere med. Trivselsresultaterne er beregnet igen.',
    );
  });

  it("shows the API's message and the stored choice when a mapping is refused", async () => {
    await open();
    select('TRIV-12').value = 'paa-tvaers';
    select('TRIV-12').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    http
      .expectOne(surveyItemUrl('TRIV-12'))
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Spørgsmålet findes ikke.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(
      element.querySelector('[data-testid="survey-item-state-TRIV-12"]')?.textContent?.trim(),
    ).toBe('Ikke gemt. Spørgsmålet findes ikke.');
    expect(select('TRIV-12').value).toBe('hedekraft');
  });

  it('says when no round uses the survey, and still shows the mapping', async () => {
    await open([SURVEY_ROUNDS[2]], []);
    expect(element.querySelector('[data-testid="no-rounds"]')?.textContent).toContain(
      'Ingen evalueringsrunde bruger trivselsmålingen som kilde.',
    );
    expect(element.querySelector('input[type="file"]')).toBeNull();
    expect(element.querySelector('[data-testid="no-survey-items"]')?.textContent).toContain(
      'Der er endnu ingen spørgsmål.',
    );
  });

  it('shows an error with a retry when the page cannot be loaded', async () => {
    fixture = TestBed.createComponent(SurveyPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(SURVEY_ITEMS_URL);
    http.expectOne(ROUNDS_URL).flush(null, { status: 500, statusText: 'Server Error' });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der opstod en fejl.');
    button('Prøv igen').click();
    await fixture.whenStable();
    http.expectOne(ROUNDS_URL).flush(SURVEY_ROUNDS);
    http.expectOne(SURVEY_ITEMS_URL).flush(ITEMS);
    await settle(fixture);
    expect(element.querySelector('[data-testid="survey-items"]')).not.toBeNull();
  });
});
