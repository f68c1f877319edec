import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { gapProfileUrl } from '../../assessment/data-access/assessment-api';
import {
  GAP_PROFILE_FIXTURE,
  NOT_FOUND,
  NOT_FOUND_BODY,
} from '../../assessment/testing/assessment-fixture';
import { directReportsUrl } from '../../my-development/data-access/leader-api';
import { REPORTS_FIXTURE } from '../testing/team-fixture';
import { GAP_SUMMARY_CONCURRENCY, MyTeamStore } from './my-team-store';

describe('MyTeamStore', () => {
  let store: MyTeamStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MyTeamStore],
    });
    store = TestBed.inject(MyTeamStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const isGapProfile = (url: string) => url.endsWith('/gap-profile');

  it('lists the direct reports by name', () => {
    store.load('manager-1');
    expect(store.status()).toBe('loading');
    http.expectOne(directReportsUrl('manager-1')).flush(REPORTS_FIXTURE);
    expect(store.status()).toBe('loaded');
    expect(store.reports().map((r) => r.name)).toEqual([
      'Anders Berg',
      'Bente Holm',
      'Camilla Nørgaard',
      'Gitte Hansen',
      'Kim Rasmussen',
      'Louise Damgaard',
    ]);
    http.match((r) => isGapProfile(r.url));
  });

  it('loads the gap summaries in parallel, but at most four at a time', () => {
    store.load('manager-1');
    http.expectOne(directReportsUrl('manager-1')).flush(REPORTS_FIXTURE);
    expect(Object.values(store.summaries()).every((s) => s.status === 'loading')).toBe(true);

    const first = http.match((r) => isGapProfile(r.url));
    expect(first).toHaveLength(GAP_SUMMARY_CONCURRENCY);
    first[0].flush(GAP_PROFILE_FIXTURE);
    first[1].flush(NOT_FOUND_BODY, NOT_FOUND);
    // Two finished: two more start, never more than four open.
    const next = http.match((r) => isGapProfile(r.url));
    expect(next).toHaveLength(2);
    next[0].flush('down', { status: 503, statusText: 'Down' });
    for (const request of [first[2], first[3], next[1]]) {
      request.flush(GAP_PROFILE_FIXTURE);
    }

    const byName = Object.fromEntries(
      store.reports().map((r) => [r.name, store.summaries()[r.id]]),
    );
    expect(byName['Anders Berg']).toEqual({
      status: 'loaded',
      competencies: [
        { key: 'handlekraft', status: 'gap', gap: 0.14 },
        { key: 'borgerne-i-centrum', status: 'met', gap: -0.4 },
        { key: 'paa-tvaers', status: 'no-target', gap: null },
        { key: 'hedekraft', status: 'no-evidence', gap: null },
      ],
    });
    expect(byName['Bente Holm']).toEqual({ status: 'none' });
    expect(byName['Kim Rasmussen']).toEqual({ status: 'error' });
    expect(first[0].request.url).toBe(gapProfileUrl('leader-5'));
  });

  it('reports a failed list and recovers on retry', () => {
    store.load('manager-1');
    http.expectOne(directReportsUrl('manager-1')).flush('down', { status: 500, statusText: 'E' });
    expect(store.status()).toBe('error');
    store.retry();
    http.expectOne(directReportsUrl('manager-1')).flush([]);
    expect(store.status()).toBe('loaded');
    expect(store.reports()).toEqual([]);
  });
});
