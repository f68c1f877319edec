import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AssessmentRoundView, SurveyItemView } from '@lederloeft/contracts';
import { ROUNDS, csvFile } from '../testing/admin-fixtures';
import { CSV_CONTENT_TYPE } from './file-upload';
import { ROUNDS_URL } from './import-api';
import {
  SURVEY_ITEMS_URL,
  SurveyApi,
  surveyItemUrl,
  surveyResultsPreviewUrl,
  surveyResultsUrl,
} from './survey-api';
import { SurveyStore } from './survey-store';

const WITH_SURVEY: AssessmentRoundView = {
  ...ROUNDS[0],
  id: 'round-survey',
  sources: ['self', 'survey'],
};
const ITEMS: SurveyItemView[] = [
  { code: 'TRIV-07', text: 'Min leder giver mig tillid', competencyKey: null },
  { code: 'TRIV-12', text: 'Min leder tør gå nye veje', competencyKey: 'hedekraft' },
];

describe('SurveyApi', () => {
  it('posts the file itself with the survey scale as ?scaleMax=', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const api = TestBed.inject(SurveyApi);
    const http = TestBed.inject(HttpTestingController);
    const file = csvFile('trivsel.csv');
    api.preview('round 1', file, 10).subscribe();
    api.import('round 1', file, 100).subscribe();
    for (const [url, scale] of [
      [surveyResultsPreviewUrl('round 1'), '10'],
      [surveyResultsUrl('round 1'), '100'],
    ]) {
      const request = http.expectOne((r) => r.url === url);
      expect(request.request.method).toBe('POST');
      expect(request.request.params.get('scaleMax')).toBe(scale);
      expect(request.request.body).toBe(file);
      expect(request.request.headers.get('Content-Type')).toBe(CSV_CONTENT_TYPE);
      request.flush({ rows: 0, units: 0, items: 0, unmappedItems: [], errors: [] });
    }
    expect(surveyResultsUrl('round 1')).toBe('/api/assessment-rounds/round%201/survey-results');
    expect(surveyItemUrl('TRIV 7')).toBe('/api/survey-items/TRIV%207');
    http.verify();
  });
});

describe('SurveyStore', () => {
  let store: SurveyStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), SurveyStore],
    });
    store = TestBed.inject(SurveyStore);
    http = TestBed.inject(HttpTestingController);
    const loaded = store.load();
    http.expectOne(ROUNDS_URL).flush([...ROUNDS, WITH_SURVEY]);
    http.expectOne(SURVEY_ITEMS_URL).flush(ITEMS);
    await loaded;
  });

  afterEach(() => http.verify());

  it('offers only the rounds that use the survey, and counts the unmapped items', () => {
    expect(store.status()).toBe('loaded');
    expect(store.rounds().map((r) => r.id)).toEqual(['round-survey']);
    expect(store.unmappedCount()).toBe(1);
  });

  it('saves a mapping and keeps the answer; the item is "saving", then "saved"', async () => {
    const saved = store.map('TRIV-07', 'handlekraft');
    expect(store.mapping()['TRIV-07']).toEqual({ kind: 'saving' });
    // A second change of the same item waits for the first.
    expect(await store.map('TRIV-07', 'hedekraft')).toBe(false);
    const request = http.expectOne({ method: 'PUT', url: surveyItemUrl('TRIV-07') });
    expect(request.request.body).toEqual({ competencyKey: 'handlekraft' });
    request.flush({ ...ITEMS[0], competencyKey: 'handlekraft' });
    expect(await saved).toBe(true);
    expect(store.mapping()['TRIV-07']).toEqual({ kind: 'saved' });
    expect(store.items()[0].competencyKey).toBe('handlekraft');
    expect(store.unmappedCount()).toBe(0);
  });

  it('keeps the stored mapping and the reason when the API refuses one', async () => {
    const saved = store.map('TRIV-12', 'findes-ikke');
    http
      .expectOne(surveyItemUrl('TRIV-12'))
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Ukendt kompetence "findes-ikke".' },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(await saved).toBe(false);
    expect(store.items()[1].competencyKey).toBe('hedekraft');
    expect(store.mapping()['TRIV-12']).toMatchObject({
      kind: 'failed',
      failure: { status: 400, message: 'Ukendt kompetence "findes-ikke".' },
    });
  });

  it('reloads the items after an import, and says so when that fails', async () => {
    let reloaded = store.reloadItems();
    http.expectOne(SURVEY_ITEMS_URL).flush(null, { status: 503, statusText: 'Unavailable' });
    await reloaded;
    expect(store.itemsStale()).toBe(true);
    expect(store.items()).toEqual(ITEMS);

    reloaded = store.reloadItems();
    const more = [...ITEMS, { code: 'TRIV-20', text: 'Ny', competencyKey: null }];
    http.expectOne(SURVEY_ITEMS_URL).flush(more);
    await reloaded;
    expect(store.itemsStale()).toBe(false);
    expect(store.items()).toEqual(more);
  });
});
