import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CSRF_HEADER } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import {
  LEADER_LEVELS_URL,
  TARGET_PROFILES_URL,
  targetProfilesUrl,
} from '../data-access/target-profiles-api';
import { ADMIN_ME, LEVELS, TARGETS } from '../testing/admin-fixtures';
import { TargetProfilesPage } from './target-profiles-page';

describe('TargetProfilesPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TargetProfilesPage>;
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
    fixture = TestBed.createComponent(TargetProfilesPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Henter oplysningerne…',
    );
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(TARGET_PROFILES_URL).flush(TARGETS);
    http.expectOne(LEADER_LEVELS_URL).flush(LEVELS);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function cell(label: string): HTMLInputElement {
    const input = element.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
    if (!input) throw new Error(`No cell "${label}"`);
    return input;
  }

  async function type(label: string, value: string): Promise<void> {
    const input = cell(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    const button = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Gem målene',
    );
    button?.click();
    await settle(fixture);
  }

  it('shows levels by rank as rows and competencies as columns, each cell labelled', () => {
    const rows = Array.from(element.querySelectorAll('tbody th')).map((th) =>
      th.textContent?.trim(),
    );
    expect(rows).toEqual(['Chef', 'Førstelinjeleder']);
    const columns = Array.from(element.querySelectorAll('thead th')).map((th) =>
      th.textContent?.trim(),
    );
    expect(columns).toEqual([
      'Lederniveau',
      'Ledelse med handlekraft',
      'Ledelse med borgerne i centrum',
      'Ledelse på tværs',
      'Ledelse med hedekraft',
    ]);
    const input = cell('Mål for Førstelinjeleder, Ledelse med handlekraft');
    expect(input.value).toBe('3.5');
    expect(input.type).toBe('number');
    expect(input.step).toBe('0.1');
    expect([input.min, input.max]).toEqual(['1', '5']);
    expect(cell('Mål for Chef, Ledelse med hedekraft').value).toBe('');
  });

  it('sends only the changed cells, a blank cell as null, and confirms the save', async () => {
    await type('Mål for Chef, Ledelse med hedekraft', '3.8');
    await type('Mål for Førstelinjeleder, Ledelse på tværs', '');
    await type('Mål for Chef, Ledelse med handlekraft', '4.0');
    expect(element.textContent).toContain('Du har ændret 2 mål, som ikke er gemt.');
    await save();

    const request = http.expectOne({ method: 'PUT', url: targetProfilesUrl('fw-1') });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-admin');
    expect(request.request.body).toEqual({
      targets: [
        { levelKey: 'chef', competencyKey: 'hedekraft', target: 3.8 },
        { levelKey: 'foerstelinjeleder', competencyKey: 'paa-tvaers', target: null },
      ],
    });
    request.flush({
      ...TARGETS,
      levels: [
        { levelKey: 'chef', targets: { ...TARGETS.levels[0].targets, hedekraft: 3.8 } },
        {
          levelKey: 'foerstelinjeleder',
          targets: { ...TARGETS.levels[1].targets, 'paa-tvaers': null },
        },
      ],
    });
    await settle(fixture);

    expect(element.querySelector('form [role="status"]')?.textContent).toMatch(
      /Målene er gemt kl\. \d{2}\.\d{2}\./,
    );
    expect(cell('Mål for Chef, Ledelse med hedekraft').value).toBe('3.8');
    expect(element.textContent).not.toContain('som ikke er gemt');
  });

  it('explains invalid cells in Danish and sends nothing', async () => {
    await type('Mål for Chef, Ledelse med handlekraft', '7');
    await type('Mål for Førstelinjeleder, Ledelse med hedekraft', '3.25');
    const input = cell('Mål for Chef, Ledelse med handlekraft');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = element.querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(error?.textContent?.trim()).toBe('Skriv et tal fra 1 til 5.');

    await save();
    http.expectNone({ method: 'PUT' });
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Ret 2 felter, før du gemmer:');
    expect(alert?.textContent).toContain(
      'Chef, Ledelse med handlekraft: Skriv et tal fra 1 til 5.',
    );
    expect(alert?.textContent).toContain(
      'Førstelinjeleder, Ledelse med hedekraft: Brug højst én decimal, fx 3,5.',
    );
    expect(document.activeElement).toBe(alert);
  });

  it('says so when nothing has changed', async () => {
    await save();
    http.expectNone({ method: 'PUT' });
    expect(element.querySelector('form [role="status"]')?.textContent).toContain(
      'Du har ikke ændret nogen mål.',
    );
  });
});
