import { expect, test } from '@playwright/test';

/** The built product serves the API, its OpenAPI document and the web app on one port. */
test.describe('one port: API, OpenAPI and web app', () => {
  test('health reports a reachable database', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: { type: 'sqlite', reachable: true },
    });
  });

  test('OpenAPI is served at /api/docs and describes the framework routes', async ({
    request,
    page,
  }) => {
    const doc = await (await request.get('/api/docs/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/frameworks/current',
        '/api/frameworks/{id}/export',
        '/api/frameworks/import',
      ]),
    );
    await page.goto('/api/docs');
    await expect(page.getByText('Lederløft API').first()).toBeVisible();
  });

  test('security headers forbid framing, plugins and foreign scripts', async ({ request }) => {
    const res = await request.get('/');
    expect(res.status()).toBe(200);
    const csp = res.headers()['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("script-src 'self'");
  });

  test('unknown API paths are JSON 404s, not the web app', async ({ request }) => {
    const res = await request.get('/api/does-not-exist');
    expect(res.status()).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404 });
  });
});
