import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { MeResponse } from '@lederloeft/contracts';
import { provideRouter } from '@angular/router';
import { gapProfileUrl } from '../../assessment/data-access/assessment-api';
import {
  GAP_PROFILE_FIXTURE,
  NOT_FOUND,
  NOT_FOUND_BODY,
} from '../../assessment/testing/assessment-fixture';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME, MANAGER_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { directReportsUrl } from '../../my-development/data-access/leader-api';
import { PLAN_INBOX_URL } from '../../plans/data-access/plans-api';
import { INBOX_FIXTURE } from '../../plans/testing/plan-fixture';
import { settle } from '../../testing/settle';
import { REPORTS_FIXTURE } from '../testing/team-fixture';
import { MyTeamPage } from './my-team-page';

describe('MyTeamPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyTeamPage>;
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
    fixture = TestBed.createComponent(MyTeamPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function members(): HTMLElement[] {
    return Array.from(element.querySelectorAll('[data-testid="team-member"]'));
  }

  it('lists the direct reports with name, title, unit and a link to each', async () => {
    await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Mit team');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Henter dit team');
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(directReportsUrl('manager-1')).flush(REPORTS_FIXTURE.slice(0, 2));
    http.expectOne(PLAN_INBOX_URL).flush(INBOX_FIXTURE);
    await settle(fixture);

    const inbox = element.querySelector('[data-testid="plan-inbox-link"] a');
    expect(inbox?.getAttribute('href')).toBe('/planer');
    expect(inbox?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Planer til godkendelse (1 venter)',
    );
    expect(element.textContent).toContain('2 ledere');
    expect(members()).toHaveLength(2);
    const [camilla] = members();
    const link = camilla.querySelector('h2 a');
    expect(link?.textContent?.trim()).toBe('Camilla Nørgaard');
    expect(link?.getAttribute('href')).toBe('/mit-team/leader-1');
    expect(camilla.textContent?.replace(/\s+/g, ' ')).toContain(
      'Dagtilbudsleder · , Børnehuset Solstrålen',
    );
    expect(camilla.textContent).toContain('Henter kompetencegab…');
    http.match((r) => r.url.endsWith('/gap-profile'));
  });

  it('shows four small indicators per report once their gap profile is in', async () => {
    await render();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(directReportsUrl('manager-1')).flush(REPORTS_FIXTURE.slice(0, 2));
    http.expectOne(gapProfileUrl('leader-1')).flush(GAP_PROFILE_FIXTURE);
    http.expectOne(gapProfileUrl('leader-2')).flush(NOT_FOUND_BODY, NOT_FOUND);
    http.expectOne(PLAN_INBOX_URL).flush([]);
    await settle(fixture);

    const [camilla, gitte] = members();
    const list = camilla.querySelector('ul');
    expect(list?.getAttribute('aria-label')).toBe('Kompetencegab for Camilla Nørgaard');
    const items = Array.from(camilla.querySelectorAll('li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'Ledelse med handlekraft Gab på 0,1',
      'Ledelse med borgerne i centrum Mål nået',
      'Ledelse på tværs Intet mål',
      'Ledelse med hedekraft Ingen data',
    ]);
    expect(gitte.textContent).toContain('Ingen resultater endnu');
  });

  it('says so when there are no reports, and offers "Prøv igen" after a failure', async () => {
    await render();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(directReportsUrl('manager-1')).flush('down', { status: 503, statusText: 'D' });
    http.expectOne(PLAN_INBOX_URL).flush([]);
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der opstod en fejl.');
    (element.querySelector('button') as HTMLButtonElement).click();
    http.expectOne(directReportsUrl('manager-1')).flush([]);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="team-empty"]')?.textContent).toContain(
      'Der er ingen ledere, som du er nærmeste leder for.',
    );
  });

  it('explains the page to accounts that are not leaders', async () => {
    await render(HR_ME);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    expect(element.querySelector('[data-testid="not-a-manager"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="plan-inbox-link"]')).toBeNull();
  });
});
