import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError } from '@lederloeft/contracts';
import { FRAMEWORK_FIXTURE } from '../testing/framework-fixture';
import { CURRENT_FRAMEWORK_URL } from './framework-api';
import { FrameworkStore } from './framework-store';

describe('FrameworkStore', () => {
  let store: FrameworkStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(FrameworkStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('goes from idle through loading to loaded', () => {
    expect(store.status()).toBe('idle');
    store.load();
    expect(store.status()).toBe('loading');
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    expect(store.status()).toBe('loaded');
    expect(store.framework()?.owner).toBe('Ikast-Brande Kommune');
    expect(store.competencies().map((c) => c.key)).toEqual([
      'handlekraft',
      'borgerne-i-centrum',
      'paa-tvaers',
      'hedekraft',
    ]);
    expect(store.competency('hedekraft')?.title.da).toBe('Ledelse med hedekraft');
    expect(store.competency('findes-ikke')).toBeUndefined();
  });

  it('loads once and shares the result between callers', () => {
    store.load();
    store.load();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    store.load();
    http.expectNone(CURRENT_FRAMEWORK_URL);
    expect(store.status()).toBe('loaded');
  });

  it('treats 404 as "nothing published yet", not as an error', () => {
    store.load();
    const body: ApiError = { statusCode: 404, error: 'Not Found', message: 'No framework' };
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(body, { status: 404, statusText: 'Not Found' });
    expect(store.status()).toBe('empty');
    expect(store.framework()).toBeNull();
    expect(store.error()).toBeNull();
    store.load();
    http.expectNone(CURRENT_FRAMEWORK_URL);
  });

  it('reports other failures as errors and recovers on retry', () => {
    store.load();
    const body: ApiError = { statusCode: 500, error: 'Internal Server Error', message: 'Boom' };
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(body, { status: 500, statusText: 'Error' });
    expect(store.status()).toBe('error');
    expect(store.error()).toEqual({ status: 500, message: 'Boom' });

    store.retry();
    expect(store.status()).toBe('loading');
    expect(store.error()).toBeNull();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    expect(store.status()).toBe('loaded');
  });

  it('reports a network failure with status 0', () => {
    store.load();
    http.expectOne(CURRENT_FRAMEWORK_URL).error(new ProgressEvent('error'));
    expect(store.status()).toBe('error');
    expect(store.error()?.status).toBe(0);
  });
});
