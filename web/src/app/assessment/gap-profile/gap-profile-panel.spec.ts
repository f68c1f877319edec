import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { gapProfileUrl } from '../data-access/assessment-api';
import { GAP_PROFILE_FIXTURE, NOT_FOUND, NOT_FOUND_BODY } from '../testing/assessment-fixture';
import { GapProfilePanel } from './gap-profile-panel';

describe('GapProfilePanel', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<GapProfilePanel>;
  let element: HTMLElement;
  let settled: number;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GapProfilePanel);
    fixture.componentRef.setInput('leaderId', 'leader-1');
    settled = 0;
    fixture.componentInstance.settled.subscribe(() => settled++);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows a loading status, then the chart with the round named', async () => {
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Henter kompetencegab');
    http.expectOne(gapProfileUrl('leader-1')).flush(GAP_PROFILE_FIXTURE);
    await fixture.whenStable();
    // Still waiting for the texts.
    expect(element.querySelector('[data-testid="gap-chart"]')).toBeNull();
    expect(settled).toBe(0);
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="gap-row"]')).toHaveLength(4);
    expect(element.textContent).toContain('i Lederevaluering 2026');
    expect(settled).toBe(1);
  });

  it('explains an empty profile (404) instead of showing an error', async () => {
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(gapProfileUrl('leader-1')).flush(NOT_FOUND_BODY, NOT_FOUND);
    await fixture.whenStable();
    const empty = element.querySelector('[data-testid="gap-profile-empty"]');
    expect(empty?.textContent).toContain('Der er ingen kompetencegab at vise endnu');
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(settled).toBe(1);
  });

  it('shows the profile with keys when the framework cannot be had', async () => {
    http.expectOne(CURRENT_FRAMEWORK_URL).flush('down', { status: 500, statusText: 'E' });
    http.expectOne(gapProfileUrl('leader-1')).flush(GAP_PROFILE_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="gap-row"] h3')?.textContent?.trim()).toBe(
      'handlekraft',
    );
  });

  it('offers "Prøv igen" after a failure', async () => {
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne(gapProfileUrl('leader-1')).flush('down', { status: 503, statusText: 'D' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der opstod en fejl.');
    (element.querySelector('button') as HTMLButtonElement).click();
    http.expectOne(gapProfileUrl('leader-1')).flush(GAP_PROFILE_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="gap-chart"]')).not.toBeNull();
  });
});
