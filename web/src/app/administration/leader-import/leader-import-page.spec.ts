import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CSRF_HEADER, type LeaderImportPreview } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { settle } from '../../testing/settle';
import { LEADER_IMPORT_PREVIEW_URL, LEADER_IMPORT_URL } from '../data-access/import-api';
import { ADMIN_ME, chooseFile, csvFile } from '../testing/admin-fixtures';
import { LeaderImportPage } from './leader-import-page';

const PREVIEW_WITH_ERRORS: LeaderImportPreview = {
  rows: 2,
  creates: 1,
  updates: 0,
  unchanged: 0,
  errors: [
    { line: 3, column: 'E-mail', message: '"ikke-en-mail" er ikke en gyldig e-mailadresse.' },
    { line: 3, column: 'Lederniveau', message: 'Ukendt lederniveau "Overdirektør".' },
  ],
  changes: [
    { line: 2, action: 'create', name: 'Søren Østergård', email: 's@example.dk', fields: [] },
  ],
};

const CLEAN_PREVIEW: LeaderImportPreview = {
  rows: 3,
  creates: 1,
  updates: 2,
  unchanged: 0,
  errors: [],
  changes: [
    { line: 2, action: 'create', name: 'Søren Østergård', email: 's@example.dk', fields: [] },
    { line: 3, action: 'update', name: 'Anne Holm', email: 'a@example.dk', fields: ['title'] },
    {
      line: 4,
      action: 'update',
      name: 'Bo Lund',
      email: 'b@example.dk',
      fields: ['managerId', 'startDate'],
    },
  ],
};

describe('LeaderImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LeaderImportPage>;
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
    http.expectOne(ME_URL).flush(ADMIN_ME);
    await known;
    fixture = TestBed.createComponent(LeaderImportPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function fileInput(): HTMLInputElement {
    const label = Array.from(element.querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === 'Vælg fil',
    );
    return element.querySelector(`#${label?.htmlFor}`) as HTMLInputElement;
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  async function preview(answer: LeaderImportPreview, file = csvFile()): Promise<void> {
    chooseFile(fileInput(), file);
    button('Se forhåndsvisning').click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: LEADER_IMPORT_PREVIEW_URL });
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(answer);
    await settle(fixture);
  }

  it('explains the columns and that Danish Excel CSV works', () => {
    const columns = Array.from(element.querySelectorAll('dt')).map((dt) => dt.textContent?.trim());
    expect(columns).toEqual([
      'Medarbejder-ID',
      'Navn',
      'E-mail',
      'Stilling',
      'Lederniveau',
      'Enhed-ID',
      'Leders e-mail',
      'Startdato',
      'Aktiv',
    ]);
    expect(element.textContent).toContain('semikolon som skilletegn og tegnsættet Windows-1252');
    expect(fileInput().getAttribute('accept')).toBe('.csv,.xlsx');
  });

  it('shows the preview with every error, and keeps "Indlæs" disabled', async () => {
    await preview(PREVIEW_WITH_ERRORS);

    const summary = element.querySelector('[data-testid="import-summary"]');
    expect(summary?.textContent).toContain('2 rækker i filen');
    expect(summary?.textContent).toContain('1 ny');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Filen har 2 fejl. Ret filen, og se forhåndsvisningen igen. Intet er indlæst.',
    );
    const rows = Array.from(element.querySelectorAll('[data-testid="import-errors"] tbody tr')).map(
      (tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'E-mail', '"ikke-en-mail" er ikke en gyldig e-mailadresse.'],
      ['3', 'Lederniveau', 'Ukendt lederniveau "Overdirektør".'],
    ]);
    const headers = Array.from(element.querySelectorAll('[data-testid="import-errors"] th')).map(
      (th) => th.textContent?.trim(),
    );
    expect(headers).toEqual(['Række', 'Kolonne', 'Fejl']);

    const run = button('Indlæs');
    expect(run.getAttribute('aria-disabled')).toBe('true');
    expect(run.getAttribute('aria-describedby')).toBe('import-blocked');
    run.click();
    await fixture.whenStable();
    http.expectNone(LEADER_IMPORT_URL);
  });

  it('imports a clean file and says so in the status', async () => {
    const file = csvFile('ledere.csv');
    await preview(CLEAN_PREVIEW, file);
    expect(element.querySelector('[data-testid="import-summary"]')?.textContent).toContain(
      '2 opdateres',
    );
    const changes = Array.from(
      element.querySelectorAll('[data-testid="import-changes"] tbody tr'),
    ).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()));
    expect(changes[0]).toEqual(['2', 'Ny', 'Søren Østergård', 's@example.dk', '–']);
    expect(changes[2]).toEqual([
      '4',
      'Opdateres',
      'Bo Lund',
      'b@example.dk',
      'Nærmeste leder, Startdato',
    ]);
    expect(element.querySelector('[data-testid="import-errors"]')).toBeNull();

    const run = button('Indlæs');
    expect(run.getAttribute('aria-disabled')).toBeNull();
    run.click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: LEADER_IMPORT_URL });
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-admin');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Indlæser ledere.csv…');
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    request.flush({ created: 1, updated: 2, unchanged: 0 });
    await settle(fixture);

    const statuses = element.querySelectorAll('[role="status"]');
    expect(statuses).toHaveLength(1);
    expect(statuses[0].textContent?.trim()).toBe(
      'Lederne er indlæst. Nye: 1, opdateret: 2, uændrede: 0.',
    );
    expect(document.activeElement).toBe(statuses[0]);
    expect(element.querySelector('mat-progress-bar')).toBeNull();
  });

  it('shows the problems when the import is refused, and nothing as imported', async () => {
    await preview(CLEAN_PREVIEW);
    button('Indlæs').click();
    await fixture.whenStable();
    http.expectOne(LEADER_IMPORT_URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Filen har 1 fejl; intet er indlæst. Ret filen, og prøv igen.',
        details: [{ path: 'række 3: E-mail', message: 'Findes allerede.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Filen blev ikke indlæst.');
    expect(alert?.textContent).toContain('Filen har 1 fejl; intet er indlæst.');
    expect(alert?.querySelector('[data-testid="error-details"] tbody')?.textContent).toContain(
      'række 3: E-mail',
    );
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });

  it('asks for a CSV or Excel file, and for a file at all, before sending anything', async () => {
    chooseFile(fileInput(), new File(['x'], 'ledere.pdf'));
    await fixture.whenStable();
    expect(element.textContent).toContain('Filen skal være en CSV- eller Excel-fil');
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');

    button('Se forhåndsvisning').click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Vælg først en fil.');
    expect(document.activeElement).toBe(fileInput());
    http.expectNone(LEADER_IMPORT_PREVIEW_URL);
  });

  it('starts over when another file is chosen', async () => {
    await preview(PREVIEW_WITH_ERRORS);
    chooseFile(fileInput(), csvFile('rettet.csv'));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="import-summary"]')).toBeNull();
    expect(element.querySelector('[data-testid="import-errors"]')).toBeNull();
  });
});
