import type { HealthResponse } from '@lederloeft/contracts';
import { startTestApp, TestApp } from '../testing/test-app';
import { DrainState } from './drain-state';

describe('health: liveness and readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
  });
  afterAll(() => t.close());

  it('is live and ready while the database answers; ready turns 503 once the process drains', async () => {
    expect((await t.request('GET', '/api/health/live')).status).toBe(200);
    const ready = await t.request<HealthResponse>('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', database: { reachable: true } });
    expect(ready.headers.get('cache-control')).toBe('no-store');

    t.app.get(DrainState).start();
    const draining = await t.request<HealthResponse>('GET', '/api/health/ready');
    expect(draining.status).toBe(503);
    expect(draining.body.status).toBe('draining');
    expect((await t.request('GET', '/api/health')).status).toBe(503);
    // Alive all the same: a draining process must not be restarted.
    expect((await t.request('GET', '/api/health/live')).status).toBe(200);
  });
});
