import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { GAP_PROFILE_FIXTURE, NOT_FOUND, NOT_FOUND_BODY } from '../testing/assessment-fixture';
import { gapProfileUrl } from './assessment-api';
import { GapProfileStore } from './gap-profile-store';

describe('GapProfileStore', () => {
  let store: GapProfileStore;
  let http: HttpTestingController;
  const URL = gapProfileUrl('leader-1');

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), GapProfileStore],
    });
    store = TestBed.inject(GapProfileStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the profile', () => {
    store.load('leader-1');
    expect(store.status()).toBe('loading');
    http.expectOne(URL).flush(GAP_PROFILE_FIXTURE);
    expect(store.status()).toBe('loaded');
    expect(store.profile()?.competencies).toHaveLength(4);
  });

  it('treats 404 as nothing to show yet, and other failures as errors', () => {
    store.load('leader-1');
    http.expectOne(URL).flush(NOT_FOUND_BODY, NOT_FOUND);
    expect(store.status()).toBe('empty');
    store.reload();
    http.expectOne(URL).flush('down', { status: 500, statusText: 'Error' });
    expect(store.status()).toBe('error');
  });

  it('keeps the profile on screen while it reloads', () => {
    store.load('leader-1');
    http.expectOne(URL).flush(GAP_PROFILE_FIXTURE);
    store.reload();
    expect(store.status()).toBe('loaded');
    expect(store.profile()).not.toBeNull();
    http.expectOne(URL).flush({ ...GAP_PROFILE_FIXTURE, competencies: [] });
    expect(store.profile()?.competencies).toEqual([]);
  });
});
