import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { HR_ME } from '../../auth/testing/me-fixture';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { COVERAGE_SCENARIOS_URL, COVERAGE_URL } from '../data-access/overview-api';
import { DONE_JOB, OVERVIEW, RUNNING_JOB, SCENARIO_OFFERS } from '../testing/overview-fixtures';
import { ScenarioPage } from './scenario-page';

describe('ScenarioPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ScenarioPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const me = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(HR_ME);
    await me;
    fixture = TestBed.createComponent(ScenarioPage);
    fixture.componentRef.setInput('enhed', 'bu');
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    http.expectOne((r) => r.url === '/api/offers').flush(SCENARIO_OFFERS);
    const overview = http.expectOne((r) => r.url === COVERAGE_URL);
    expect(overview.request.params.get('orgUnitId')).toBe('bu');
    overview.flush(OVERVIEW);
    await settle(fixture);
  });
  afterEach(() => http.verify());

  const text = (node: Element | null | undefined) =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  function choose(label: string, value: string): void {
    const control = Array.from(element.querySelectorAll('label'))
      .find((l) => text(l).startsWith(label))
      ?.querySelector('select, input') as HTMLInputElement | HTMLSelectElement;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  async function run(): Promise<void> {
    (element.querySelector('[data-testid="scenario-run"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  it('sends the unit, the money and hours, extra seats and a changed weight', async () => {
    expect(text(element.querySelector('h1'))).toBe('Hvad nu hvis: Børn og Unge');
    choose('Budget', '20000');
    choose('Ekstra pladser på næste hold af', 'offer-1');
    choose('Ledelse med hedekraft', '2');
    await run();
    const post = http.expectOne({ method: 'POST', url: COVERAGE_SCENARIOS_URL });
    expect(post.request.body).toEqual({
      orgUnitId: 'bu',
      budgetDkk: 20000,
      hours: 40,
      leaders: 'without-plan',
      extraSeats: [{ sessionId: 'session-1', seats: 5 }],
      weights: [{ competencyKey: 'hedekraft', weight: 2 }],
    });
    post.flush(DONE_JOB);
    await settle(fixture);
  });

  it('shows progress while it runs and lets the person cancel', async () => {
    await run();
    http.expectOne(COVERAGE_SCENARIOS_URL).flush(RUNNING_JOB);
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="scenario-progress"]'))).toBe(
      '3 af enhedens 19 ledere gennemgået (højst 2 sekunder pr. leder, der planlægges) …',
    );
    expect(
      (element.querySelector('[data-testid="scenario-run"]') as HTMLButtonElement).disabled,
    ).toBe(true);
    (element.querySelector('[data-testid="scenario-cancel"]') as HTMLButtonElement).click();
    http
      .expectOne({ method: 'POST', url: `${COVERAGE_SCENARIOS_URL}/job-1/cancel` })
      .flush({ ...RUNNING_JOB, status: 'cancelled' });
    await settle(fixture);
  });

  it('shows today beside the scenario, with the change, once done', async () => {
    await run();
    http.expectOne(COVERAGE_SCENARIOS_URL).flush(DONE_JOB);
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="scenario-summary"]'))).toContain(
      '12 af 12 ledere er planlagt igen (1 nåede tidsgrænsen, 0 fejlede)',
    );
    const total = element.querySelector('[data-testid="scenario-table"] tbody tr');
    expect(Array.from(total?.children ?? [], text)).toEqual([
      'I alt: Børn og Unge',
      'I dag: 60 % Scenarie: 80 % +20 point',
      'I dag: 90 % Scenarie: 90 % 0 point',
      'I dag: 75 % Scenarie: 85 % +10 point',
    ]);
  });

  it('says that the number of leaders is hidden when it would be about too few', async () => {
    await run();
    const hidden = { shown: false as const, reason: 'too-few' as const };
    const result = DONE_JOB.result;
    if (!result) throw new Error('fixture');
    http.expectOne(COVERAGE_SCENARIOS_URL).flush({
      ...DONE_JOB,
      result: {
        ...result,
        eligible: hidden,
        replanned: hidden,
        timedOut: hidden,
        failed: hidden,
        added: hidden,
      },
    });
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="scenario-summary"]'))).toBe(
      'Hvor mange ledere scenariet gælder, vises ikke: færre end 5. Forventet dækning i dag og med scenariet:',
    );
    expect(element.textContent).not.toContain('Forslagene ville koste');
  });

  it('explains an invalid form and sends nothing', async () => {
    choose('Budget', '-5');
    await run();
    expect(text(element.querySelector('form [role="alert"]'))).not.toBe('');
    http.expectNone(COVERAGE_SCENARIOS_URL);
  });
});
