import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { LeaderAdminView, LeaderPage, MeResponse } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME } from '../../auth/testing/me-fixture';
import { settle } from '../../testing/settle';
import { ACCOUNTS_URL } from '../data-access/accounts-api';
import { ORG_UNITS_URL } from '../data-access/interpretations-api';
import { LEADERS_URL, leaderUrl } from '../data-access/organisation-api';
import { LEADER_LEVELS_URL } from '../data-access/target-profiles-api';
import { ADMIN_ME, LEVELS, ORG_UNITS } from '../testing/admin-fixtures';
import { SOEREN } from '../testing/organisation-fixtures';
import { LeadersPage } from './leaders-page';

const MORTEN: LeaderAdminView = {
  ...SOEREN,
  id: 'l-morten',
  name: 'Morten Jensen',
  email: 'morten@example.dk',
  title: 'Dagtilbudsleder',
  levelKey: 'chef',
  orgUnit: { id: 'u-dagtilbud', name: 'Dagtilbud' },
  manager: null,
  activeReportCount: 4,
  account: { id: 'acc-m', active: true },
};

const page = (items: LeaderAdminView[]): LeaderPage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('LeadersPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LeadersPage>;
  let element: HTMLElement;

  async function open(me: MeResponse): Promise<void> {
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
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(LeadersPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(ORG_UNITS_URL).flush(ORG_UNITS);
    http.expectOne(LEADER_LEVELS_URL).flush(LEVELS);
    await settle(fixture);
    http.expectOne((r) => r.url === LEADERS_URL).flush(page([MORTEN, SOEREN]));
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  function button(name: string, root: ParentNode = element): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  function type(id: string, value: string, root: ParentNode = element): void {
    const input = root.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const rows = () => Array.from(element.querySelectorAll('[data-testid="leaders"] tbody tr'));

  it('lists leaders with unit, manager, level and sign-in status', async () => {
    await open(ADMIN_ME);
    expect(rows()).toHaveLength(2);
    expect(rows()[0].textContent).toContain('Dagtilbudsleder');
    expect(rows()[0].textContent).toContain('Chef');
    expect(rows()[0].textContent).toContain('Har konto');
    expect(rows()[1].textContent).toContain('Chris Chef');
    expect(rows()[1].textContent).toContain('Ingen konto');
    expect(element.textContent).toContain('Viser 1-2 af 2 ledere');
  });

  it('searches with a Danish letter and the filters, and says when nothing matches', async () => {
    await open(ADMIN_ME);
    type('leaders-q', 'ærø');
    type('leaders-unit', 'u-boern');
    type('leaders-active', 'true');
    button('Søg').click();
    await settle(fixture);
    const request = http.expectOne((r) => r.url === LEADERS_URL);
    expect(request.request.params.get('q')).toBe('ærø');
    expect(request.request.params.get('unitId')).toBe('u-boern');
    expect(request.request.params.get('active')).toBe('true');
    expect(request.request.params.has('levelKey')).toBe(false);
    request.flush(page([]));
    await settle(fixture);
    expect(element.querySelector('#leaders-count')?.textContent).toContain(
      'Ingen ledere passer til søgningen.',
    );
  });

  it('lets HR read the list without any way to change it', async () => {
    await open(HR_ME);
    expect(rows()).toHaveLength(2);
    expect(element.querySelector('#leaders-create')).toBeNull();
    expect(element.textContent).not.toContain('Redigér');
    expect(element.textContent).not.toContain('Opret log ind');
  });

  it('changes a manager with the picker and shows a refused ring next to the field', async () => {
    await open(ADMIN_ME);
    button('Redigér Søren Ærø').click();
    await settle(fixture);
    expect(dialog().textContent).toContain('Redigér Søren Ærø');
    expect((dialog().querySelector('#leader-manager') as HTMLInputElement).value).toBe(
      'Chris Chef',
    );

    const manager = dialog().querySelector('#leader-manager') as HTMLInputElement;
    manager.focus();
    type('leader-manager', 'mor', dialog());
    await new Promise((resolve) => setTimeout(resolve, 250));
    const suggest = http.expectOne((r) => r.url === LEADERS_URL);
    expect(suggest.request.params.get('q')).toBe('mor');
    suggest.flush(page([MORTEN, SOEREN]));
    await settle(fixture);
    const options = Array.from(document.querySelectorAll('mat-option'));
    // The leader being edited is not offered as their own manager.
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Morten Jensen')]);
    (options[0] as HTMLElement).click();
    await settle(fixture);
    expect(manager.value).toBe('Morten Jensen');

    button('Gem', dialog()).click();
    await settle(fixture);
    const save: TestRequest = http.expectOne({ method: 'PATCH', url: leaderUrl('l-soeren') });
    expect(save.request.body).toMatchObject({
      managerId: 'l-morten',
      orgUnitId: 'u-nord',
      employeeId: 'E1',
      active: true,
    });
    const ring = 'Lederkæden går i ring: lederen står (indirekte) over sig selv.';
    save.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ring,
        code: 'VALIDATION_FAILED',
        details: [{ path: 'managerId', message: ring }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const alert = dialog().querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('Lederen blev ikke gemt.');
    expect(alert.textContent).toContain(`Nærmeste leder: ${ring}`);
    expect(document.activeElement).toBe(alert);
    expect(dialog().querySelector('mat-error')?.textContent).toContain(ring);
  });

  it('refuses to save a manager that was typed but not chosen', async () => {
    await open(ADMIN_ME);
    button('Opret leder').click();
    await settle(fixture);
    type('leader-name', 'Åse Øster', dialog());
    type('leader-email', 'aase@example.dk', dialog());
    type('leader-title', 'Leder', dialog());
    type('leader-level', 'foerstelinjeleder', dialog());
    type('leader-unit', 'u-pleje', dialog());
    type('leader-manager', 'Ingen fra listen', dialog());
    await new Promise((resolve) => setTimeout(resolve, 250));
    http.expectOne((r) => r.url === LEADERS_URL).flush(page([]));
    button('Opret leder', dialog()).click();
    await settle(fixture);
    expect(dialog().textContent).toContain('Vælg en leder på listen, eller tøm feltet.');
    http.expectNone({ method: 'POST', url: LEADERS_URL });

    type('leader-manager', '', dialog());
    await new Promise((resolve) => setTimeout(resolve, 250));
    button('Opret leder', dialog()).click();
    await settle(fixture);
    const create = http.expectOne({ method: 'POST', url: LEADERS_URL });
    expect(create.request.body).toEqual({
      name: 'Åse Øster',
      email: 'aase@example.dk',
      title: 'Leder',
      levelKey: 'foerstelinjeleder',
      orgUnitId: 'u-pleje',
      managerId: null,
      employeeId: null,
      startDate: null,
      active: true,
    });
    create.flush(
      { ...SOEREN, id: 'l-aase', name: 'Åse Øster' },
      { status: 201, statusText: 'Created' },
    );
    await settle(fixture);
    http.expectOne((r) => r.url === LEADERS_URL && r.method === 'GET').flush(page([MORTEN]));
    await settle(fixture);
    expect(dialog()).toBeNull();
    expect(element.querySelector('.leaders-status')?.textContent).toContain(
      'Åse Øster er oprettet.',
    );
  });

  it('creates a sign-in for a leader without one', async () => {
    await open(ADMIN_ME);
    button('Opret log ind til Søren Ærø').click();
    await settle(fixture);
    expect(dialog().textContent).toContain('soeren@example.dk');
    type('leader-account-password', 'en-lang-adgangskode', dialog());
    type('leader-account-repeat', 'en-lang-adgangskode', dialog());
    button('Opret log ind', dialog()).click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: ACCOUNTS_URL });
    expect(request.request.body).toMatchObject({ leaderId: 'l-soeren', grantedRoles: [] });
    request.flush({ id: 'acc-s', email: 'soeren@example.dk', active: true });
    await settle(fixture);
    expect(rows()[1].textContent).toContain('Har konto');
    expect(element.querySelector('.leaders-status')?.textContent).toContain(
      'Søren Ærø kan nu logge ind med soeren@example.dk.',
    );
  });
});
