import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ASSESSMENT_ROUNDS_URL,
  gapProfileUrl,
  ratingSheetUrl,
} from '../../assessment/data-access/assessment-api';
import {
  GAP_PROFILE_FIXTURE,
  ROUND_FIXTURE,
  ratingSheet,
} from '../../assessment/testing/assessment-fixture';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { MANAGER_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { leaderUrl } from '../../my-development/data-access/leader-api';
import { leaderPlansUrl } from '../../plans/data-access/plans-api';
import { INBOX_FIXTURE } from '../../plans/testing/plan-fixture';
import { settle } from '../../testing/settle';
import { REPORT_VIEW_FIXTURE } from '../testing/team-fixture';
import { TeamMemberPage } from './team-member-page';

describe('TeamMemberPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TeamMemberPage>;
  let element: HTMLElement;
  const MANAGER_SHEET_URL = ratingSheetUrl('leader-1', 'round-1', 'manager');

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(leaderId = 'leader-1'): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(MANAGER_ME);
    await known;
    fixture = TestBed.createComponent(TeamMemberPage);
    fixture.componentRef.setInput('leaderId', leaderId);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  it('shows the report, the manager assessment and their gap profile', async () => {
    await render();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Henter lederen');
    http.expectOne(leaderUrl('leader-1')).flush(REPORT_VIEW_FIXTURE);
    await settle(fixture);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([ROUND_FIXTURE]);
    http.expectOne(MANAGER_SHEET_URL).flush(ratingSheet({ 'handlekraft.b1': 3 }, 'manager'));
    http.expectOne(gapProfileUrl('leader-1')).flush(GAP_PROFILE_FIXTURE);
    http.expectOne(leaderPlansUrl('leader-1')).flush(INBOX_FIXTURE);
    await settle(fixture);

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Camilla Nørgaard');
    const plans = element.querySelector('[data-testid="leader-plans"]');
    expect(plans?.querySelector('a')?.getAttribute('href')).toBe('/planer/plan-1');
    expect(plans?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Min plan 2027 Sendt til godkendelse · 01-01-2027 – 31-12-2027',
    );
    expect(element.querySelector('[data-testid="leader-facts"] h2')?.textContent?.trim()).toBe(
      'Oplysninger',
    );
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toContain('Din vurdering af Camilla Nørgaard');
    expect(headings).toContain('Kompetencegab for Camilla Nørgaard');
    // The manager's own words for the groups, and the step title one level down.
    expect(element.querySelector('#rating-step-title')?.tagName).toBe('H3');
    expect(element.textContent).toContain('Sådan sætter lederen rammen');
    expect(element.querySelector('[data-testid="assessment-progress"]')?.textContent).toContain(
      '1 af 14 besvaret',
    );
    expect(element.querySelectorAll('[data-testid="gap-row"]')).toHaveLength(4);
    expect(element.querySelector('[data-testid="blind-spot"]')?.textContent).toContain(
      'lederen vurderer sig selv 1,3 højere end andre',
    );
  });

  it('saves the manager’s answers to the manager sheet', async () => {
    await render();
    http.expectOne(leaderUrl('leader-1')).flush(REPORT_VIEW_FIXTURE);
    await settle(fixture);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([ROUND_FIXTURE]);
    http.expectOne(MANAGER_SHEET_URL).flush(ratingSheet({}, 'manager'));
    http.expectOne(gapProfileUrl('leader-1')).flush(GAP_PROFILE_FIXTURE);
    http.expectOne(leaderPlansUrl('leader-1')).flush([]);
    await settle(fixture);
    expect(element.textContent).toContain('Camilla Nørgaard har ingen udviklingsplaner endnu.');

    const input = element.querySelector<HTMLInputElement>('fieldset input[value="5"]');
    input?.click();
    const request = http.expectOne(MANAGER_SHEET_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ behaviourKey: 'handlekraft.b1', rating: 5 });
    request.flush(ratingSheet({ 'handlekraft.b1': 5 }, 'manager'));
    await settle(fixture);
  });

  it('shows "not in your team" for a leader who is not a direct report', async () => {
    await render('leader-9');
    http
      .expectOne(leaderUrl('leader-9'))
      .flush({ ...REPORT_VIEW_FIXTURE, id: 'leader-9', manager: { id: 'x', name: 'Anden' } });
    await settle(fixture);
    const state = element.querySelector('[data-testid="team-member-not-found"]');
    expect(state?.querySelector('h1')?.textContent?.trim()).toBe('Lederen er ikke i dit team');
    expect(state?.querySelector('a')?.getAttribute('href')).toBe('/mit-team');
    expect(element.querySelector('[data-testid="leader-facts"]')).toBeNull();
  });

  it('shows the same for an unknown leader (404)', async () => {
    await render('ukendt');
    http
      .expectOne(leaderUrl('ukendt'))
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'x' },
        { status: 404, statusText: 'NF' },
      );
    await settle(fixture);
    expect(element.querySelector('[data-testid="team-member-not-found"]')).not.toBeNull();
  });

  it('offers "Prøv igen" when the leader cannot be loaded', async () => {
    await render();
    http.expectOne(leaderUrl('leader-1')).flush('down', { status: 503, statusText: 'Down' });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    (element.querySelector('.ll-state button') as HTMLButtonElement).click();
    expect(http.expectOne(leaderUrl('leader-1')).request.method).toBe('GET');
  });
});
