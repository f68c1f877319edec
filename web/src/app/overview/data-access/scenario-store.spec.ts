import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type DestroyableInjector, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DONE_JOB, RUNNING_JOB } from '../testing/overview-fixtures';
import { COVERAGE_SCENARIOS_URL } from './overview-api';
import { SCENARIO_POLL_MS, ScenarioStore } from './scenario-store';

const REQUEST = { orgUnitId: 'bu', budgetDkk: 15000, hours: 40 };

describe('ScenarioStore', () => {
  let http: HttpTestingController;
  let store: ScenarioStore;
  let injector: DestroyableInjector;

  /** Lets the promise chain after an HTTP answer run (the timers are fake). */
  const drain = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    // A child injector stands in for the page that provides the store, so it can be destroyed.
    injector = Injector.create({
      providers: [{ provide: ScenarioStore }],
      parent: TestBed.inject(Injector),
    });
    store = injector.get(ScenarioStore);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function start(): Promise<void> {
    const started = store.start(REQUEST);
    const post = http.expectOne({ method: 'POST', url: COVERAGE_SCENARIOS_URL });
    expect(post.request.body).toEqual(REQUEST);
    post.flush(RUNNING_JOB);
    await started;
  }

  it('polls the running scenario until it is done, then stops', async () => {
    await start();
    expect(store.running()).toBe(true);
    expect(store.job()?.progress).toEqual({ done: 3, total: 19 });

    jest.advanceTimersByTime(SCENARIO_POLL_MS);
    http
      .expectOne(`${COVERAGE_SCENARIOS_URL}/job-1`)
      .flush({ ...RUNNING_JOB, progress: { done: 8, total: 19 } });
    await drain();
    expect(store.job()?.progress.done).toBe(8);

    jest.advanceTimersByTime(SCENARIO_POLL_MS);
    http.expectOne(`${COVERAGE_SCENARIOS_URL}/job-1`).flush(DONE_JOB);
    await drain();
    expect(store.running()).toBe(false);
    expect(store.job()?.result?.replanned).toEqual({ shown: true, value: 12, n: 12 });

    jest.advanceTimersByTime(SCENARIO_POLL_MS * 4);
    http.expectNone(`${COVERAGE_SCENARIOS_URL}/job-1`);
  });

  it('asks the server to cancel, and the next poll shows it cancelled', async () => {
    await start();
    const cancelled = store.cancel();
    http
      .expectOne({ method: 'POST', url: `${COVERAGE_SCENARIOS_URL}/job-1/cancel` })
      .flush({ ...RUNNING_JOB, status: 'cancelled' });
    await cancelled;
    jest.advanceTimersByTime(SCENARIO_POLL_MS);
    http
      .expectOne(`${COVERAGE_SCENARIOS_URL}/job-1`)
      .flush({ ...RUNNING_JOB, status: 'cancelled', progress: { done: 4, total: 19 } });
    await drain();
    expect(store.job()?.status).toBe('cancelled');
    expect(store.running()).toBe(false);
  });

  it('keeps the server’s refusal, in Danish, and polls nothing', async () => {
    const started = store.start(REQUEST);
    http.expectOne(COVERAGE_SCENARIOS_URL).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Der regnes allerede på et scenarie for dig. Vent på det, eller afbryd det først.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await started;
    expect(store.failure()?.message).toBe(
      'Der regnes allerede på et scenarie for dig. Vent på det, eller afbryd det først.',
    );
    expect(store.job()).toBeNull();
    jest.advanceTimersByTime(SCENARIO_POLL_MS * 2);
    http.expectNone(`${COVERAGE_SCENARIOS_URL}/job-1`);
  });

  it('stops polling when the page is left', async () => {
    await start();
    injector.destroy();
    jest.advanceTimersByTime(SCENARIO_POLL_MS * 2);
    http.expectNone(`${COVERAGE_SCENARIOS_URL}/job-1`);
  });
});
