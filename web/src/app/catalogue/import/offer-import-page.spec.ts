import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OfferImportResult } from '@lederloeft/contracts';
import { chooseFile, csvFile } from '../../administration/testing/admin-fixtures';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME } from '../../auth/testing/me-fixture';
import { settle } from '../../testing/settle';
import { OFFER_IMPORT_URL } from '../data-access/catalogue-api';
import { OfferImportPage } from './offer-import-page';

const PREVIEW_URL = `${OFFER_IMPORT_URL}?dryRun=true`;
const IMPORT_URL = `${OFFER_IMPORT_URL}?dryRun=false`;

const CLEAN: OfferImportResult = {
  dryRun: true,
  rows: 4,
  creates: 2,
  updates: 1,
  unchanged: 0,
  sessions: 3,
  errors: [],
  changes: [
    { line: 2, action: 'create', code: 'E2E-1', title: 'Svære samtaler' },
    { line: 4, action: 'update', code: 'LED-101', title: 'Ledelse på tværs' },
  ],
};

describe('OfferImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OfferImportPage>;
  let element: HTMLElement;

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
    fixture = TestBed.createComponent(OfferImportPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find((b) => text(b) === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  async function preview(answer: OfferImportResult, file = csvFile('tilbud.csv')): Promise<void> {
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, file);
    button('Se forhåndsvisning').click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: PREVIEW_URL });
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(answer);
    await settle(fixture);
  }

  it('links the templates and explains the columns', () => {
    const links = Array.from(element.querySelectorAll('.import-templates a'));
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Hent skabelon (Excel)', '/api/offers/import-template?format=xlsx'],
      ['Hent skabelon (CSV)', '/api/offers/import-template?format=csv'],
    ]);
    expect(links.every((a) => a.hasAttribute('download'))).toBe(true);
    expect(Array.from(element.querySelectorAll('details dt')).map(text)).toContain('Pris (kr.)');
    expect(text(element.querySelector('details'))).toContain('Kladde, Udgivet eller Arkiveret');
  });

  it('shows every error of the preview by row and column, and does not import', async () => {
    await preview({
      ...CLEAN,
      creates: 1,
      errors: [
        {
          line: 3,
          column: 'Pris (kr.)',
          message: '"4.75O,50" er ikke et tal. Skriv fx 12.500,00.',
        },
        { line: 5, column: 'Type', message: 'Ukendt type "Kursuss".' },
      ],
    });
    expect(text(element.querySelector('[role="alert"]'))).toContain('Filen har 2 fejl');
    const rows = Array.from(element.querySelectorAll('[data-testid="import-errors"] tbody tr'));
    expect(rows.map((row) => Array.from(row.children).map(text))).toEqual([
      ['3', 'Pris (kr.)', '"4.75O,50" er ikke et tal. Skriv fx 12.500,00.'],
      ['5', 'Type', 'Ukendt type "Kursuss".'],
    ]);
    button('Indlæs').click();
    await fixture.whenStable();
    http.expectNone(IMPORT_URL);
  });

  it('previews a clean file with what changes, then imports it', async () => {
    const file = csvFile('tilbud.csv');
    await preview(CLEAN, file);
    expect(
      Array.from(element.querySelectorAll('[data-testid="import-summary"] li')).map(text),
    ).toEqual(['4 rækker i filen', '2 nye tilbud', '1 opdateres', '0 uændrede', '3 hold']);
    const changes = Array.from(element.querySelectorAll('[data-testid="import-changes"] tbody tr'));
    expect(changes.map((row) => Array.from(row.children).map(text))).toEqual([
      ['2', 'Ny', 'E2E-1', 'Svære samtaler'],
      ['4', 'Opdateres', 'LED-101', 'Ledelse på tværs'],
    ]);
    button('Indlæs').click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: IMPORT_URL });
    expect(request.request.body).toBe(file);
    request.flush({ ...CLEAN, dryRun: false });
    await settle(fixture);
    expect(text(element.querySelector('.import-panel__status'))).toBe(
      'Tilbuddene er indlæst. Nye: 2, opdateret: 1, uændrede: 0, hold: 3.',
    );
    expect(element.querySelector('.import-next a')?.getAttribute('href')).toBe(
      '/kursuskatalog?status=draft',
    );
  });

  it('shows the rows and columns when the API refuses the import', async () => {
    await preview(CLEAN);
    button('Indlæs').click();
    await fixture.whenStable();
    http.expectOne(IMPORT_URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Filen har 1 fejl; intet er indlæst.',
        details: [{ path: 'række 7: Pris', message: 'Ikke et tal.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const alert = element.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Filen blev ikke indlæst. Filen har 1 fejl; intet er indlæst.');
    expect(text(alert)).toContain('række 7: Pris');
  });
});
