import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CLOSED_ROUND_FIXTURE, ROUND_FIXTURE, ratingSheet } from '../testing/assessment-fixture';
import { ASSESSMENT_ROUNDS_URL, ratingSheetUrl } from './assessment-api';
import { RatingSheetStore } from './rating-sheet-store';

describe('RatingSheetStore', () => {
  let store: RatingSheetStore;
  let http: HttpTestingController;
  const SHEET_URL = ratingSheetUrl('leader-1', 'round-1', 'self');

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RatingSheetStore],
    });
    store = TestBed.inject(RatingSheetStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loadWith(ratings: Record<string, number | null>): void {
    store.load('leader-1', 'self');
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([ROUND_FIXTURE, CLOSED_ROUND_FIXTURE]);
    http.expectOne(SHEET_URL).flush(ratingSheet(ratings));
  }

  it('loads the sheet of the newest open round', () => {
    expect(store.status()).toBe('idle');
    store.load('leader-1', 'self');
    expect(store.status()).toBe('loading');
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([CLOSED_ROUND_FIXTURE, ROUND_FIXTURE]);
    http.expectOne(SHEET_URL).flush(ratingSheet({ 'handlekraft.b1': 4, 'handlekraft.b2': null }));
    expect(store.status()).toBe('loaded');
    expect(store.round()?.id).toBe('round-1');
    expect(store.ratings()).toEqual({ 'handlekraft.b1': 4, 'handlekraft.b2': null });
    expect(store.answered()).toBe(2);
    expect(store.total()).toBe(14);
    expect(store.complete()).toBe(false);
    expect(store.isAnswered('handlekraft.b2')).toBe(true);
    expect(store.isAnswered('handlekraft.b3')).toBe(false);
  });

  it('says there is no open round without asking for a sheet', () => {
    store.load('leader-1', 'manager');
    http
      .expectOne(ASSESSMENT_ROUNDS_URL)
      .flush([CLOSED_ROUND_FIXTURE, { ...ROUND_FIXTURE, sources: ['self', 'employees'] }]);
    expect(store.status()).toBe('no-round');
    http.expectNone(() => true);
  });

  it('reports a failed load and recovers on retry', () => {
    store.load('leader-1', 'self');
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush('down', { status: 503, statusText: 'Down' });
    expect(store.status()).toBe('error');
    expect(store.loadError()?.status).toBe(503);
    store.retry();
    http.expectOne(ASSESSMENT_ROUNDS_URL).flush([ROUND_FIXTURE]);
    http.expectOne(SHEET_URL).flush(ratingSheet({}));
    expect(store.status()).toBe('loaded');
  });

  it('shows a choice at once, saves it with PUT, then says it is saved', async () => {
    loadWith({});
    const saved = store.answer('handlekraft.b1', 4);
    expect(store.ratings()['handlekraft.b1']).toBe(4);
    expect(store.answered()).toBe(1);
    expect(store.saves()['handlekraft.b1']).toBe('saving');

    const request = http.expectOne(SHEET_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ behaviourKey: 'handlekraft.b1', rating: 4 });
    request.flush(ratingSheet({ 'handlekraft.b1': 4 }));
    await expect(saved).resolves.toBe(true);
    expect(store.saves()['handlekraft.b1']).toBe('saved');
    expect(store.ratings()).toEqual({ 'handlekraft.b1': 4 });
  });

  it('saves "Kan ikke vurdere" as null', async () => {
    loadWith({});
    const saved = store.answer('handlekraft.b2', null);
    expect(store.isAnswered('handlekraft.b2')).toBe(true);
    const request = http.expectOne(SHEET_URL);
    expect(request.request.body).toEqual({ behaviourKey: 'handlekraft.b2', rating: null });
    request.flush(ratingSheet({ 'handlekraft.b2': null }));
    await saved;
    expect(store.ratings()['handlekraft.b2']).toBeNull();
  });

  it('puts the stored answer back and keeps the reason when a save fails', async () => {
    loadWith({ 'handlekraft.b1': 2 });
    const saved = store.answer('handlekraft.b1', 5);
    expect(store.ratings()['handlekraft.b1']).toBe(5);
    http
      .expectOne(SHEET_URL)
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Runden er lukket.' },
        { status: 400, statusText: 'Bad Request' },
      );
    await expect(saved).resolves.toBe(false);
    expect(store.ratings()['handlekraft.b1']).toBe(2);
    expect(store.saves()['handlekraft.b1']).toBe('error');
    expect(store.saveErrors()['handlekraft.b1']).toEqual({
      status: 400,
      message: 'Runden er lukket.',
      code: null,
    });
  });

  it('removes an answer that was never stored when its save fails', async () => {
    loadWith({});
    const saved = store.answer('handlekraft.b3', 3);
    http.expectOne(SHEET_URL).error(new ProgressEvent('error'));
    await saved;
    expect(store.isAnswered('handlekraft.b3')).toBe(false);
    expect(store.answered()).toBe(0);
  });

  it('lets the newest choice on a question win over an older answer or failure', async () => {
    loadWith({});
    const first = store.answer('handlekraft.b1', 3);
    const second = store.answer('handlekraft.b1', 4);
    const [older, newer] = http.match(SHEET_URL);
    older.flush('down', { status: 503, statusText: 'Down' });
    await first;
    expect(store.ratings()['handlekraft.b1']).toBe(4);
    expect(store.saves()['handlekraft.b1']).toBe('saving');
    newer.flush(ratingSheet({ 'handlekraft.b1': 4 }));
    await second;
    expect(store.ratings()['handlekraft.b1']).toBe(4);
    expect(store.saves()['handlekraft.b1']).toBe('saved');
    expect(store.saveErrors()['handlekraft.b1']).toBeUndefined();
  });

  it('keeps other questions being saved on screen when one answer comes back', async () => {
    loadWith({});
    const a = store.answer('handlekraft.b1', 3);
    const b = store.answer('handlekraft.b2', 5);
    const [first, second] = http.match(SHEET_URL);
    first.flush(ratingSheet({ 'handlekraft.b1': 3 }));
    await a;
    expect(store.ratings()).toEqual({ 'handlekraft.b1': 3, 'handlekraft.b2': 5 });
    second.flush(ratingSheet({ 'handlekraft.b1': 3, 'handlekraft.b2': 5 }));
    await b;
    expect(store.answered()).toBe(2);
  });

  it('does not save before the sheet is loaded', async () => {
    await expect(store.answer('handlekraft.b1', 3)).resolves.toBe(false);
    http.expectNone(() => true);
  });
});
