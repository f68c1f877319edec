import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AssessmentRoundView } from '@lederloeft/contracts';
import { EDITIONS, ROUNDS } from '../testing/admin-fixtures';
import { FRAMEWORKS_URL } from './editions-api';
import { ROUNDS_URL } from './import-api';
import { roundUrl } from './rounds-api';
import { RoundsStore } from './rounds-store';

const NEW_ROUND: AssessmentRoundView = {
  ...ROUNDS[0],
  id: 'round-2027',
  name: 'Lederevaluering 2027',
  periodStart: '2027-09-01',
  periodEnd: '2027-12-17',
};

describe('RoundsStore', () => {
  let store: RoundsStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RoundsStore],
    });
    store = TestBed.inject(RoundsStore);
    http = TestBed.inject(HttpTestingController);
    const loaded = store.load();
    http.expectOne(ROUNDS_URL).flush(ROUNDS);
    http.expectOne(FRAMEWORKS_URL).flush(EDITIONS);
    await loaded;
  });

  afterEach(() => http.verify());

  it('loads the rounds and offers the published editions, not drafts', () => {
    expect(store.status()).toBe('loaded');
    expect(store.rounds().map((r) => r.id)).toEqual(['round-2026', 'round-2025']);
    expect(store.editions().map((e) => e.edition)).toEqual([1]);
    expect(store.editionOf(ROUNDS[0])).toBe(1);
    expect(store.editionOf({ ...ROUNDS[0], frameworkId: 'gone' })).toBeNull();
  });

  it('puts a created round in the order the API lists them (ending last first)', async () => {
    const created = store.create({
      name: NEW_ROUND.name,
      periodStart: NEW_ROUND.periodStart,
      periodEnd: NEW_ROUND.periodEnd,
      sources: ['self'],
    });
    const request = http.expectOne({ method: 'POST', url: ROUNDS_URL });
    expect(store.busy()).toBe(true);
    request.flush(NEW_ROUND, { status: 201, statusText: 'Created' });
    expect(await created).toEqual({ ok: true, round: NEW_ROUND });
    expect(store.busy()).toBe(false);
    expect(store.rounds().map((r) => r.id)).toEqual(['round-2027', 'round-2026', 'round-2025']);
  });

  it('patches a round and keeps the answer; a refusal carries the API message and details', async () => {
    const closed = store.update('round-2026', { status: 'closed' });
    const request = http.expectOne({ method: 'PATCH', url: roundUrl('round-2026') });
    expect(request.request.body).toEqual({ status: 'closed' });
    request.flush({ ...ROUNDS[0], status: 'closed' });
    expect((await closed).ok).toBe(true);
    expect(store.rounds()[0].status).toBe('closed');

    const refused = store.update('round-2026', { periodEnd: '2026-01-01' });
    http.expectOne(roundUrl('round-2026')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Perioden er ugyldig.',
        details: [{ path: 'periodEnd', message: 'Slutdatoen skal være en rigtig dato.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const outcome = await refused;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure).toMatchObject({
      status: 400,
      message: 'Perioden er ugyldig.',
      details: [{ path: 'periodEnd', message: 'Slutdatoen skal være en rigtig dato.' }],
    });
    expect(store.rounds()[0].periodEnd).toBe('2026-12-18');
  });

  it('reports a failed load as an error', async () => {
    const loaded = store.load();
    expect(store.status()).toBe('loading');
    const editions = http.expectOne(FRAMEWORKS_URL);
    http.expectOne(ROUNDS_URL).flush(null, { status: 500, statusText: 'Server Error' });
    // forkJoin gives up on the other request.
    expect(editions.cancelled).toBe(true);
    await loaded;
    expect(store.status()).toBe('error');
  });
});
