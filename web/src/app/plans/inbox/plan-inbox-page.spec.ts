import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeResponse } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { LEADER_ME, MANAGER_ME } from '../../auth/testing/me-fixture';
import { settle } from '../../testing/settle';
import { PLAN_INBOX_URL } from '../data-access/plans-api';
import { INBOX_FIXTURE } from '../testing/plan-fixture';
import { PlanInboxPage } from './plan-inbox-page';

describe('PlanInboxPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PlanInboxPage>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(me: MeResponse = MANAGER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(PlanInboxPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function cells(row: Element): string[] {
    return Array.from(row.querySelectorAll('th, td')).map(
      (c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }

  it('lists the submitted plans with leader, title, date, cost and hours, linking each', async () => {
    await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Planer til godkendelse');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Henter planer');
    http.expectOne(PLAN_INBOX_URL).flush(INBOX_FIXTURE);
    await settle(fixture);

    const table = element.querySelector('[data-testid="plan-inbox"]') as HTMLTableElement;
    expect(cells(table.querySelector('thead tr') as Element)).toEqual([
      'Leder',
      'Plan',
      'Sendt',
      'Pris',
      'Timer',
    ]);
    const [row] = Array.from(table.querySelectorAll('tbody tr'));
    const [leader, title, submitted, cost, hours] = cells(row);
    expect([leader, title, cost, hours]).toEqual([
      'Camilla Nørgaard',
      'Min plan 2027',
      '12.500 kr.',
      '17,5',
    ]);
    expect(submitted).toMatch(/^03-11-2026 \d\d\.\d\d$/);
    const link = row.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/planer/plan-1');
    expect(element.textContent).toContain('1 plan venter');
  });

  it('says so when nothing waits, and offers a retry after a failure', async () => {
    await render();
    http.expectOne(PLAN_INBOX_URL).flush('down', { status: 503, statusText: 'Down' });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Planerne kunne ikke hentes.',
    );
    (element.querySelector('button') as HTMLButtonElement).click();
    http.expectOne(PLAN_INBOX_URL).flush([]);
    await settle(fixture);
    expect(element.querySelector('[data-testid="inbox-empty"]')?.textContent).toContain(
      'Der er ingen planer, der venter på dig.',
    );
  });

  it('explains the page to people without the manager role, without asking the API', async () => {
    await render(LEADER_ME);
    const note = element.querySelector('[data-testid="not-a-manager"]');
    expect(note?.querySelector('h2')?.textContent?.trim()).toBe('Kun for ledere med medarbejdere');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/min-udviklingsplan');
    http.expectNone(PLAN_INBOX_URL);
  });
});
