import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OrgUnitImportView } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { settle } from '../../testing/settle';
import { ORG_UNIT_IMPORT_PREVIEW_URL, ORG_UNIT_IMPORT_URL } from '../data-access/import-api';
import { ADMIN_ME, chooseFile, csvFile } from '../testing/admin-fixtures';
import { OrgUnitImportPage } from './org-unit-import-page';

const CLEAN: OrgUnitImportView = { rows: 3, creates: 2, updates: 1, unchanged: 0, errors: [] };

describe('OrgUnitImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OrgUnitImportPage>;
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
    fixture = TestBed.createComponent(OrgUnitImportPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  async function preview(answer: OrgUnitImportView, file = csvFile('enheder.csv')): Promise<void> {
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, file);
    button('Se forhåndsvisning').click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: ORG_UNIT_IMPORT_PREVIEW_URL });
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(answer);
    await settle(fixture);
  }

  it('explains the columns and the rules of the tree', () => {
    const columns = Array.from(element.querySelectorAll('dt')).map((dt) => dt.textContent?.trim());
    expect(columns).toEqual(['Enhed-ID', 'Navn', 'Type', 'Overordnet enhed-ID']);
    expect(element.textContent).toContain('kommune, fagområde, afdeling eller enhed');
    expect(element.textContent).toContain('præcis ét niveau under sin overordnede enhed');
    expect(element.textContent).toContain('flytter alle enhederne under den med');
  });

  it('shows the errors of a preview and does not import', async () => {
    await preview({
      rows: 2,
      creates: 1,
      updates: 0,
      unchanged: 0,
      errors: [{ line: 3, column: 'Type', message: 'Ukendt type "region".' }],
    });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Filen har 1 fejl');
    expect(element.querySelector('[data-testid="import-errors"] tbody')?.textContent).toContain(
      'Ukendt type "region".',
    );
    button('Indlæs').click();
    await fixture.whenStable();
    http.expectNone(ORG_UNIT_IMPORT_URL);
  });

  it('imports a clean file and says what happened', async () => {
    const file = csvFile('enheder.csv');
    await preview(CLEAN, file);
    expect(element.querySelector('[data-testid="import-summary"]')?.textContent).toContain('2 nye');
    button('Indlæs').click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: ORG_UNIT_IMPORT_URL });
    expect(request.request.body).toBe(file);
    request.flush(CLEAN);
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Enhederne er indlæst. Nye: 2, opdateret: 1, uændrede: 0.',
    );
  });

  it('shows the details when the API refuses the import', async () => {
    await preview(CLEAN);
    button('Indlæs').click();
    await fixture.whenStable();
    http.expectOne(ORG_UNIT_IMPORT_URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Filen har 1 fejl; intet er indlæst.',
        details: [{ path: 'række 3: Type', message: 'Ukendt type.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Filen blev ikke indlæst.');
    expect(alert?.textContent).toContain('række 3: Type');
  });
});
