import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import {
  ROUNDS_URL,
  employeeResultsPreviewUrl,
  employeeResultsUrl,
} from '../data-access/import-api';
import { ROUNDS, chooseFile, csvFile } from '../testing/admin-fixtures';
import { EvaluationImportPage } from './evaluation-import-page';

describe('EvaluationImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EvaluationImportPage>;
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
    fixture = TestBed.createComponent(EvaluationImportPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ROUNDS_URL).flush(ROUNDS);
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

  it('explains the format and picks the open round', () => {
    const select = element.querySelector('select#import-round') as HTMLSelectElement;
    expect(select.value).toBe('round-2026');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      'Lederevaluering 2026, 1. september 2026 til 18. december 2026',
      'Lederevaluering 2025, 1. september 2025 til 18. december 2025 (lukket)',
    ]);
    const text = element.textContent ?? '';
    expect(text).toContain('Kolonnen »Leder« med e-mailen');
    expect(text).toContain('nøgle (fx handlekraft.b1)');
    expect(text).toContain('»Ved ikke«');
    expect(text).toContain('Et resultat med færre end 3 besvarelser vises aldrig.');
  });

  it('previews and imports into the chosen round', async () => {
    const select = element.querySelector('select#import-round') as HTMLSelectElement;
    select.value = 'round-2025';
    select.dispatchEvent(new Event('change'));
    const file = csvFile('evaluering.csv');
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, file);
    button('Se forhåndsvisning').click();
    await fixture.whenStable();

    const preview = http.expectOne({
      method: 'POST',
      url: employeeResultsPreviewUrl('round-2025'),
    });
    expect(preview.request.body).toBe(file);
    expect(preview.request.headers.get('Content-Type')).toBe('text/csv');
    preview.flush({ responses: 12, leaders: 2, results: 64, errors: [] });
    await settle(fixture);
    const summary = element.querySelector('[data-testid="import-summary"]')?.textContent;
    expect(summary).toContain('12 besvarelser');
    expect(summary).toContain('2 ledere');
    expect(summary).toContain('64 resultater');

    button('Indlæs').click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: employeeResultsUrl('round-2025') })
      .flush({ responses: 12, leaders: 2, results: 64, errors: [] });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Lederevalueringen er indlæst. Besvarelser: 12, ledere: 2, resultater: 64.',
    );
  });

  it('keeps "Indlæs" disabled while the file has errors', async () => {
    chooseFile(element.querySelector('input[type="file"]') as HTMLInputElement, csvFile());
    button('Se forhåndsvisning').click();
    await fixture.whenStable();
    http.expectOne(employeeResultsPreviewUrl('round-2026')).flush({
      responses: 3,
      leaders: 0,
      results: 0,
      errors: [{ line: 4, column: 'Leder', message: 'Ukendt leder "x@example.dk".' }],
    });
    await settle(fixture);
    expect(element.querySelector('[data-testid="import-errors"]')?.textContent).toContain(
      'Ukendt leder',
    );
    expect(button('Indlæs').getAttribute('aria-disabled')).toBe('true');
  });
});
