import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import type { CreatePlanRequest, MeResponse } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME, LEADER_ME } from '../../auth/testing/me-fixture';
import { settle } from '../../testing/settle';
import { leaderPlansUrl } from '../data-access/plans-api';
import { MyPlansPage } from './my-plans-page';
import { planSummary } from './proposal-fixture';
import { addMonthsIso, todayIso } from './proposal-logic';

describe('MyPlansPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyPlansPage>;
  let element: HTMLElement;
  const url = leaderPlansUrl('leader-1');

  beforeEach(() => {
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
  });

  afterEach(() => http.verify());

  async function render(me: MeResponse = LEADER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(MyPlansPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function text(selector: string): string {
    return element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('explains the page to an account without a leader and loads nothing', async () => {
    await render(HR_ME);
    expect(text('[data-testid="not-a-leader"]')).toContain('Udviklingsplaner er for ledere');
    http.expectNone(url);
  });

  it('shows the current plan up front and earlier plans below, with links to each', async () => {
    await render();
    http.expectOne(url).flush([
      planSummary({ id: 'p-now', title: 'Udviklingsplan 2027', status: 'active' }),
      planSummary({
        id: 'p-old',
        title: 'Udviklingsplan 2026',
        status: 'completed',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        costDkk: 12500,
        hoursPlanned: 7.5,
      }),
    ]);
    await fixture.whenStable();
    const current = text('[data-testid="current-plan"]');
    expect(current).toContain('I gang');
    expect(current).toContain('Periode: 01-01-2027 – 31-12-2027');
    expect(current).toContain('4.500 kr. · 15 timer · 3 aktiviteter');
    const open = element.querySelector('[data-testid="current-plan"] a') as HTMLAnchorElement;
    expect(open.getAttribute('href')).toBe('/planer/p-now');
    expect(open.getAttribute('aria-label')).toBe('Åbn Udviklingsplan 2027');
    expect(text('[data-testid="earlier-plans"]')).toContain(
      'Udviklingsplan 2026 Afsluttet · Periode: 01-01-2026 – 31-12-2026 · 12.500 kr. · 7,5 timer',
    );
    expect(element.querySelector('[data-testid="propose"]')?.getAttribute('href')).toBe(
      '/min-udviklingsplan/forslag',
    );
  });

  it('invites a first plan when there is none', async () => {
    await render();
    http.expectOne(url).flush([]);
    await fixture.whenStable();
    expect(text('[data-testid="empty"]')).toContain('Du har ikke en udviklingsplan endnu');
  });

  it('says so when the plans cannot be loaded, and tries again', async () => {
    await render();
    http.expectOne(url).flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(element.textContent).toContain('Dine planer kunne ikke hentes');
    (
      Array.from(element.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Prøv igen'),
      ) as HTMLButtonElement
    ).click();
    http.expectOne(url).flush([]);
    await fixture.whenStable();
    expect(text('[data-testid="empty"]')).toContain('Du har ikke en udviklingsplan endnu');
  });

  it('starts an empty plan from the dialog and opens it', async () => {
    await render();
    http.expectOne(url).flush([]);
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (element.querySelector('[data-testid="start-empty"]') as HTMLButtonElement).click();
    await settle(fixture);
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Start en tom plan');
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const create = http.expectOne({ method: 'POST', url });
    const today = todayIso();
    expect(create.request.body).toEqual({
      title: `Udviklingsplan ${today.slice(0, 4)}`,
      periodStart: today,
      periodEnd: addMonthsIso(today, 12),
      budgetDkk: null,
      hours: null,
    } satisfies CreatePlanRequest);
    create.flush({ id: 'p-new' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/planer', 'p-new']);
  });
});
