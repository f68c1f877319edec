import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CreatePlanRequest, MeResponse, PlanProposalRequest } from '@lederloeft/contracts';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { authInterceptor } from '../../auth/data-access/auth.interceptor';
import { HR_ME, LEADER_ME } from '../../auth/testing/me-fixture';
import { OFFER_LOCATIONS_URL } from '../../catalogue/data-access/catalogue-api';
import { CURRENT_FRAMEWORK_URL } from '../../framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';
import { settle } from '../../testing/settle';
import { leaderPlansUrl, planProposalsUrl } from '../data-access/plans-api';
import { LARGER_PROPOSAL_FIXTURE, PROPOSAL_FIXTURE } from './proposal-fixture';
import { addMonthsIso, todayIso } from './proposal-logic';
import { ProposalPage } from './proposal-page';
import { PROPOSE_DEBOUNCE_MS } from './proposal-store';

const PLACES = ['Herning', 'Ikast', 'Aarhus'];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ProposalPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProposalPage>;
  let element: HTMLElement;
  const proposalsUrl = planProposalsUrl('leader-1');

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(me: MeResponse = LEADER_ME): Promise<void> {
    const known = TestBed.inject(AuthStore).init();
    http.expectOne(ME_URL).flush(me);
    await known;
    fixture = TestBed.createComponent(ProposalPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    // Only a leader's page asks for the places to choose from.
    http.match(OFFER_LOCATIONS_URL).forEach((r) => r.flush(PLACES));
    await fixture.whenStable();
  }

  /** Waits out the debounce and answers the one proposal request it sends. */
  async function nextProposal(): Promise<TestRequest> {
    await wait(PROPOSE_DEBOUNCE_MS + 50);
    return http.expectOne({ method: 'POST', url: proposalsUrl });
  }

  async function answer(request: TestRequest, body: object = PROPOSAL_FIXTURE) {
    request.flush(body);
    await settle(fixture);
  }

  function input(testId: string): HTMLInputElement {
    return element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  }

  async function type(testId: string, value: string): Promise<void> {
    const field = input(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  function text(testId: string): string {
    return (
      element
        .querySelector(`[data-testid="${testId}"]`)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? ''
    );
  }

  it('explains that the page is for leaders and asks for nothing', async () => {
    await render(HR_ME);
    expect(text('not-a-leader')).toContain('Udviklingsplaner er for ledere');
    await wait(PROPOSE_DEBOUNCE_MS + 50);
    http.expectNone(proposalsUrl);
  });

  it('asks for a proposal with the default constraints and explains it', async () => {
    await render();
    const request = await nextProposal();
    const today = todayIso();
    expect(request.request.body).toEqual({
      budgetDkk: 20000,
      hours: 60,
      period: { from: today, to: addMonthsIso(today, 12) },
      maxFormalOffers: 2,
      languages: ['da'],
      personalFocus: [],
      locations: [],
    } satisfies PlanProposalRequest);
    await answer(request);

    expect(text('proposal-status')).toBe(
      'Den bedste plan inden for dine rammer (beregnet og efterprøvet)',
    );
    // Grouped by 70-20-10, with the framework's behaviour texts and the offer's facts.
    const formal = text('items-formal');
    expect(formal).toContain('Modig ledelse (LED-01)');
    expect(formal).toContain('Forløb: 01-02-2027 – 02-02-2027');
    expect(formal).toContain('Pris: 4.500 kr.');
    expect(formal).toContain('Ledelse med hedekraft: gab 1,0, forventet lukning 0,6');
    expect(formal).toContain('Adfærd 1 i hedekraft (frame)');
    expect(formal).toContain('tilbuddet sigter direkte mod adfærden');
    const experience = text('items-experience');
    expect(experience).toContain('Adfærd 1 i handlekraft (frame)');
    expect(experience).toContain('Sæt det på dagsordenen på næste teammøde.');
    expect(text('mix')).toContain('Erfaring i jobbet (70) 1 (50 %)');
    expect(text('left-out-summary')).toContain('ingen ledige pladser: 1 tilbud');
    // The chart's figures are in a table too, with focus and strategic weight marked.
    const rows = Array.from(element.querySelectorAll('[data-testid="gap-table"] tbody tr')).map(
      (row) => Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows[0]).toEqual([
      'Ledelse med hedekraft',
      '1,0',
      '0,6',
      '0,4',
      '★ Personligt fokus · Strategisk vægt 1,5',
    ]);
    expect(rows[2]).toEqual(['Ledelse på tværs', 'Ingen data', '0,0', 'Ingen data', '']);
  });

  it('re-proposes once the changes rest, cancelling the request in flight', async () => {
    await render();
    const first = await nextProposal();
    await type('budget-input', '30000');
    await type('budget-input', '35000');
    // Nothing is sent while the leader is still typing.
    http.expectNone(proposalsUrl);
    await wait(PROPOSE_DEBOUNCE_MS + 50);
    const second = http.expectOne(proposalsUrl);
    expect(first.cancelled).toBe(true);
    expect(second.request.body).toMatchObject({ budgetDkk: 35000 });
    await answer(second);

    (element.querySelector('[data-testid="focus-hedekraft"] input') as HTMLInputElement).click();
    await fixture.whenStable();
    const third = await nextProposal();
    expect(third.request.body).toMatchObject({ personalFocus: ['hedekraft'] });
    await answer(third, LARGER_PROPOSAL_FIXTURE);
  });

  it("lets the leader keep to the places they can get to, in the list's order", async () => {
    await render();
    await answer(await nextProposal());
    const places = element.querySelector('[data-testid="places"]') as HTMLElement;
    expect(places.querySelector('legend')?.textContent?.trim()).toBe('Steder, du kan komme til');
    const box = (name: string) =>
      Array.from(places.querySelectorAll('mat-checkbox'))
        .find((b) => b.textContent?.trim() === name)
        ?.querySelector('input') as HTMLInputElement;
    box('Aarhus').click();
    box('Herning').click();
    await fixture.whenStable();
    const request = await nextProposal();
    expect(request.request.body).toMatchObject({ locations: ['Herning', 'Aarhus'] });
    await answer(request);
  });

  it('keeps each slider and its number field on one value', async () => {
    await render();
    await answer(await nextProposal());
    const slider = input('budgetDkk-slider');
    expect(slider.value).toBe('20000');
    await type('budget-input', '30000');
    expect(slider.value).toBe('30000');
    slider.value = '45000';
    slider.dispatchEvent(new Event('input'));
    slider.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(input('budget-input').value).toBe('45000');
    const request = await nextProposal();
    expect(request.request.body).toMatchObject({ budgetDkk: 45000 });
    await answer(request);
  });

  it('shows Danish validation next to the field and does not ask the API', async () => {
    await render();
    await answer(await nextProposal());
    await type('budget-input', '-5');
    input('budget-input').dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(element.textContent).toContain('Skal være mindst 0.');
    expect(text('form-invalid')).toContain('Ret felterne markeret med fejl');
    await wait(PROPOSE_DEBOUNCE_MS + 50);
    http.expectNone(proposalsUrl);
  });

  it('says nothing about the tie-break when it is proven', async () => {
    await render();
    await answer(await nextProposal());
    expect(text('proposal-status')).toBe(
      'Den bedste plan inden for dine rammer (beregnet og efterprøvet)',
    );
    expect(element.querySelector('[data-testid="tie-break"]')).toBeNull();
  });

  it('reports the remaining optimality gap when the time limit stopped the solver', async () => {
    await render();
    await answer(await nextProposal(), {
      ...PROPOSAL_FIXTURE,
      status: 'time-limit',
      mipGap: 0.0042,
    });
    expect(text('proposal-status')).toBe(
      'Bedste plan fundet inden for tidsgrænsen: højst 0,42 % fra den optimale',
    );
  });

  it('says when the closure is proven but the cheapest of the equally good plans is not', async () => {
    await render();
    await answer(await nextProposal(), {
      ...PROPOSAL_FIXTURE,
      tieBreak: 'time-limit',
      tieBreakBounds: { costBoundDkk: 2000, costGap: 0.56, hoursBound: null, hoursGap: null },
    });
    expect(text('proposal-status')).toBe(
      'Den bedste plan inden for dine rammer (beregnet og efterprøvet)',
    );
    expect(text('tie-break')).toContain('den koster 4.500 kr.');
    expect(text('tie-break')).toContain('koster under 2.000 kr.');
  });

  it('says when the engine could not check that the plan is the cheapest of the equally good', async () => {
    await render();
    await answer(await nextProposal(), {
      ...PROPOSAL_FIXTURE,
      tieBreak: 'unverified',
      tieBreakBounds: { costBoundDkk: 4000, costGap: 0.11, hoursBound: 12, hoursGap: 0.2 },
    });
    expect(text('tie-break')).toContain('kunne ikke efterprøve, at planen er den billigste');
    expect(text('tie-break')).toContain('koster under 4.000 kr.');
    expect(text('tie-break')).not.toContain('nåede ikke');
  });

  it('says why the plan has no learning with others, and nothing when it has', async () => {
    await render();
    await answer(await nextProposal());
    expect(element.querySelector('[data-testid="others-note"]')).toBeNull();
    await type('budget-input', '4000');
    await answer(await nextProposal(), {
      ...PROPOSAL_FIXTURE,
      learningWithOthers: 'would-close-less',
    });
    expect(text('others-note')).toContain('ville give en plan, der lukker mindre af dine gab');
  });

  it('explains an infeasible proposal and offers nothing to create', async () => {
    await render();
    await answer(await nextProposal(), { ...PROPOSAL_FIXTURE, status: 'infeasible', items: [] });
    expect(text('proposal-status')).toContain('Der findes ingen plan inden for rammerne');
    expect(
      (element.querySelector('[data-testid="create-plan"]') as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("shows the API's message when it refuses the constraints", async () => {
    await render();
    (await nextProposal()).flush(
      { statusCode: 400, error: 'Bad Request', message: 'Ukendt kompetence: mod.' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(text('proposal-error')).toContain('Ukendt kompetence: mod.');
  });

  it('compares with the previous proposal after a re-run', async () => {
    await render();
    await answer(await nextProposal(), LARGER_PROPOSAL_FIXTURE);
    const compare = element.querySelector('[data-testid="compare"]') as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    await type('hours-input', '40');
    await answer(await nextProposal(), PROPOSAL_FIXTURE);
    compare.click();
    await fixture.whenStable();
    expect(text('diff-added')).toContain('Adfærd 1 i handlekraft (frame)');
    expect(text('diff-removed')).toContain('Coaching i hedekraft');
    const diff = text('diff');
    expect(diff).toContain('Pris: 10.500 kr. → 4.500 kr.');
    expect(diff).toContain('Timer: 21 → 15');
    expect(diff).toContain('Ledelse med hedekraft: 0,1 → 0,4');
  });

  it('creates the plan from the proposal in one request and opens it', async () => {
    await render();
    await answer(await nextProposal());
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (element.querySelector('[data-testid="create-plan"]') as HTMLButtonElement).click();
    const create = http.expectOne({ method: 'POST', url: leaderPlansUrl('leader-1') });
    const body = create.request.body as CreatePlanRequest;
    expect(body).toMatchObject({
      title: `Udviklingsplan ${todayIso().slice(0, 4)}`,
      budgetDkk: 20000,
      hours: 60,
      periodStart: todayIso(),
    });
    expect(body.items?.map((i) => i.kind)).toEqual(['offer', 'on-the-job']);
    create.flush({ id: 'plan-9' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/planer', 'plan-9']);
  });

  it('shows why the plan could not be created and stays', async () => {
    await render();
    await answer(await nextProposal());
    (element.querySelector('[data-testid="create-plan"]') as HTMLButtonElement).click();
    http
      .expectOne(leaderPlansUrl('leader-1'))
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Aktivitet 1: Forløbet er fuldt.' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(text('create-error')).toBe('Aktivitet 1: Forløbet er fuldt.');
  });
});
