import type {
  ApiError,
  CasePackage,
  FrameworkDocument,
  FrameworkImportResult,
  FrameworkSummary,
  FrameworkView,
} from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import { startTestApp, TestApp } from '../testing/test-app';

const COMPETENCY_KEYS = ['handlekraft', 'borgerne-i-centrum', 'paa-tvaers', 'hedekraft'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Row counts of every framework table: "nothing was written" means these do not move. */
async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['frameworks', 'framework_values', 'competencies', 'behaviours', 'dogmas']) {
    const [row] = await t.query<{ n: string | number }>(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

const clone = (): FrameworkDocument => JSON.parse(JSON.stringify(IKAST_BRANDE_FRAMEWORK));

describe('frameworks API', () => {
  let t: TestApp;
  let current: FrameworkView;

  beforeAll(async () => {
    t = await startTestApp();
    current = (await t.request<FrameworkView>('GET', '/api/frameworks/current')).body;
  });
  afterAll(() => t.close());

  describe('the seeded foundation', () => {
    it('is published on first start, with the four competencies and 32 behaviours', () => {
      expect(current.status).toBe('published');
      expect(current.current).toBe(true);
      expect(current.edition).toBe(1);
      expect(current.owner).toBe('Ikast-Brande Kommune');
      expect(current.competencies.map((c) => c.key)).toEqual(COMPETENCY_KEYS);
      expect(current.behaviourCount).toBe(32);
      expect(current.competencies.flatMap((c) => c.behaviours)).toHaveLength(32);
      expect(current.values.map((v) => v.key)).toEqual([
        'dialog',
        'tillid',
        'ansvarlighed',
        'ordentlighed',
      ]);
    });

    it('keeps the Danish texts exactly, with English alongside, in document order', () => {
      const borgerne = current.competencies.find((c) => c.key === 'borgerne-i-centrum');
      expect(borgerne?.title).toEqual({
        da: 'Ledelse med borgerne i centrum',
        en: expect.any(String),
      });
      expect(borgerne?.dogmas.map((d) => d.text.da)).toEqual([
        'Du (borgeren) finder løsninger sammen med os.',
        'Vi udøver myndighed med et servicegen.',
      ]);
      const handlekraft = current.competencies[0];
      expect(handlekraft.because.da).toBe('Som leder er du ansvarlig for resultaterne.');
      expect(handlekraft.behaviours.filter((b) => b.group === 'frame')).toHaveLength(5);
      expect(handlekraft.behaviours[0].text.da).toBe(
        'Tydeliggøre hvad du og dine medarbejdere har indflydelse på, og hvad der er givet på forhånd (vilkårs- og mulighedsrummet).',
      );
      expect(handlekraft.behaviours[0].text.en).not.toBe(handlekraft.behaviours[0].text.da);
    });

    it('is listed as the one current edition', async () => {
      const list = await t.request<FrameworkSummary[]>('GET', '/api/frameworks');
      expect(list.status).toBe(200);
      expect(list.body.filter((f) => f.current)).toHaveLength(1);
      expect(list.body[0]).toMatchObject({
        id: current.id,
        competencyCount: 4,
        behaviourCount: 32,
      });
    });

    it('is served by id, and an unknown or malformed id is a 404 with the error shape', async () => {
      expect((await t.request<FrameworkView>('GET', `/api/frameworks/${current.id}`)).body.id).toBe(
        current.id,
      );
      const unknown = await t.request<ApiError>(
        'GET',
        '/api/frameworks/00000000-0000-4000-8000-000000000000',
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({
        statusCode: 404,
        error: 'Not Found',
        message: expect.stringContaining('findes ikke'),
      });
      expect((await t.request('GET', '/api/frameworks/not-a-uuid')).status).toBe(404);
    });
  });

  describe('export', () => {
    it('exports the framework document as a download that equals the seed', async () => {
      const res = await t.request<FrameworkDocument>(
        'GET',
        `/api/frameworks/${current.id}/export?format=json`,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(
        'ikast-brande-ledelsesgrundlag.framework.json',
      );
      expect(res.body).toEqual(IKAST_BRANDE_FRAMEWORK);
    });

    it('exports a CASE 1.1 package: document, an item per competency and behaviour, isChildOf links', async () => {
      const res = await t.request<CasePackage>(
        'GET',
        `/api/frameworks/${current.id}/export?format=case`,
      );
      expect(res.status).toBe(200);
      const pkg = res.body;
      expect(pkg.CFDocument).toMatchObject({
        identifier: expect.stringMatching(UUID),
        title: 'Ledelsesgrundlag for Ikast-Brande Kommune',
        creator: 'Ikast-Brande Kommune',
        adoptionStatus: 'Adopted',
        language: 'da',
      });
      expect(pkg.CFItems).toHaveLength(4 + 32);
      for (const item of pkg.CFItems) {
        expect(item.identifier).toMatch(UUID);
        expect(item.uri).toBe(`urn:uuid:${item.identifier}`);
        expect(item.fullStatement.length).toBeGreaterThan(0);
        expect(item.CFDocumentURI.identifier).toBe(pkg.CFDocument.identifier);
      }
      expect(new Set(pkg.CFItems.map((i) => i.identifier)).size).toBe(pkg.CFItems.length);
      expect(pkg.CFAssociations).toHaveLength(pkg.CFItems.length);
      const itemIds = new Set(pkg.CFItems.map((i) => i.identifier));
      const competencyIds = new Set(
        pkg.CFItems.filter((i) => i.CFItemType === 'Kompetence').map((i) => i.identifier),
      );
      expect(competencyIds.size).toBe(4);
      for (const a of pkg.CFAssociations) {
        expect(a.associationType).toBe('isChildOf');
        expect(itemIds.has(a.originNodeURI.identifier)).toBe(true);
        const parent = a.destinationNodeURI.identifier;
        expect(parent === pkg.CFDocument.identifier || competencyIds.has(parent)).toBe(true);
      }
      const hedekraft = pkg.CFItems.find((i) => i.humanCodingScheme === 'hedekraft');
      const children = pkg.CFAssociations.filter(
        (a) => a.destinationNodeURI.identifier === hedekraft?.identifier,
      );
      expect(children).toHaveLength(8);
      // Stable: a second export of the same edition is identical.
      const again = await t.request<CasePackage>(
        'GET',
        `/api/frameworks/${current.id}/export?format=case`,
      );
      expect(again.body).toEqual(pkg);
    });

    it('keeps CASE identifiers from edition to edition, and apart between languages', async () => {
      const draft = (
        await t.asAdmin<FrameworkSummary>('POST', `/api/frameworks/${current.id}/drafts`)
      ).body;
      const ids = async (id: string, lang: string) =>
        (
          await t.request<CasePackage>(
            'GET',
            `/api/frameworks/${id}/export?format=case&lang=${lang}`,
          )
        ).body;
      const [thisDa, nextDa, thisEn] = [
        await ids(current.id, 'da'),
        await ids(draft.id, 'da'),
        await ids(current.id, 'en'),
      ];
      expect(nextDa.CFItems.map((i) => i.identifier)).toEqual(
        thisDa.CFItems.map((i) => i.identifier),
      );
      expect(nextDa.CFDocument).toMatchObject({
        version: String(draft.edition),
        adoptionStatus: 'Draft',
      });
      const english = new Set(thisEn.CFItems.map((i) => i.identifier));
      expect(thisDa.CFItems.some((i) => english.has(i.identifier))).toBe(false);
    });

    it('exports CASE statements in English on request', async () => {
      const res = await t.request<CasePackage>(
        'GET',
        `/api/frameworks/${current.id}/export?format=case&lang=en`,
      );
      expect(res.body.CFDocument.language).toBe('en');
      expect(res.body.CFItems[0].fullStatement).toBe(current.competencies[0].title.en);
    });

    it('rejects an unknown format with 400', async () => {
      const res = await t.request<ApiError>(
        'GET',
        `/api/frameworks/${current.id}/export?format=xml`,
      );
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { path: 'format', message: 'format skal være "json" eller "case"' },
      ]);
    });
  });

  describe('import', () => {
    it('is closed to callers without the admin token', async () => {
      const before = await tableCounts(t);
      expect((await t.request('POST', '/api/frameworks/import', { body: clone() })).status).toBe(
        401,
      );
      const wrong = await t.request('POST', '/api/frameworks/import', {
        body: clone(),
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      expect(await tableCounts(t)).toEqual(before);
    });

    it('round-trips: export, import as a new draft edition, export again gives an equal framework', async () => {
      const exported = (
        await t.request<FrameworkDocument>('GET', `/api/frameworks/${current.id}/export`)
      ).body;
      const imported = await t.asAdmin<FrameworkImportResult>('POST', '/api/frameworks/import', {
        body: exported,
      });
      expect(imported.status).toBe(201);
      const draft = imported.body.framework;
      expect(draft).toMatchObject({
        key: exported.key,
        status: 'draft',
        current: false,
        behaviourCount: 32,
      });
      expect(draft.edition).toBeGreaterThan(current.edition);
      expect(draft.id).not.toBe(current.id);
      const reExported = (
        await t.request<FrameworkDocument>('GET', `/api/frameworks/${draft.id}/export`)
      ).body;
      expect(reExported).toEqual(exported);
      // The current edition is untouched by a draft import.
      expect((await t.request<FrameworkView>('GET', '/api/frameworks/current')).body.id).toBe(
        current.id,
      );
    });

    const badImports: [string, (doc: FrameworkDocument) => unknown, number, string][] = [
      ['no competencies', (d) => ({ ...d, competencies: [] }), 400, 'competencies'],
      [
        'the competencies field missing',
        (d) => {
          const { competencies: _c, ...rest } = d;
          return rest;
        },
        400,
        'competencies',
      ],
      [
        'a competency without its title',
        (d) => {
          delete (d.competencies[2] as Partial<(typeof d.competencies)[2]>).title;
          return d;
        },
        400,
        'competencies[2].title',
      ],
      [
        'duplicate behaviour keys',
        (d) => {
          d.competencies[3].behaviours[1].key = d.competencies[0].behaviours[0].key;
          return d;
        },
        400,
        'competencies[3].behaviours[1].key',
      ],
      [
        'duplicate competency keys',
        (d) => {
          d.competencies[1].key = 'handlekraft';
          return d;
        },
        400,
        'competencies[1].key',
      ],
      [
        'a number where text belongs',
        (d) => {
          (d.competencies[0].behaviours[0].text as unknown as { da: number }).da = 42;
          return d;
        },
        400,
        'competencies[0].behaviours[0].text.da',
      ],
      [
        'an unknown behaviour group',
        (d) => {
          (d.competencies[0].behaviours[4] as { group: string }).group = 'other';
          return d;
        },
        400,
        'competencies[0].behaviours[4].group',
      ],
      ['a field the format does not have', (d) => ({ ...d, secret: true }), 400, 'secret'],
      ['a wrong schema id', (d) => ({ ...d, schema: 'something/v9' }), 400, 'schema'],
      ['an array instead of a document', () => [1, 2, 3], 400, ''],
    ];

    it.each(badImports)(
      'rejects %s with a 4xx pointing at the field, and writes nothing',
      async (_name, mutate, status, path) => {
        const before = await tableCounts(t);
        const res = await t.asAdmin<ApiError>('POST', '/api/frameworks/import', {
          body: mutate(clone()),
        });
        expect(res.status).toBe(status);
        expect(res.body).toMatchObject({
          statusCode: status,
          message: expect.any(String),
        });
        if (path) {
          expect(res.body.details?.map((d) => d.path)).toContain(path);
        }
        expect(await tableCounts(t)).toEqual(before);
      },
    );

    it('rejects malformed JSON with 400 and the error shape', async () => {
      const before = await tableCounts(t);
      const res = await t.asAdmin<ApiError>('POST', '/api/frameworks/import', {
        rawBody: '{"schema": "lederloeft.framework/v1", ',
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        message: 'Forespørgslen er ikke gyldig JSON.',
      });
      expect(await tableCounts(t)).toEqual(before);
    });

    it('rejects 10 MB of junk with 413 and writes nothing', async () => {
      const before = await tableCounts(t);
      const junk = 'x'.repeat(10 * 1024 * 1024);
      const res = await t.asAdmin<ApiError>('POST', '/api/frameworks/import', {
        rawBody: `{"junk":"${junk}"}`,
      });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({
        statusCode: 413,
        error: 'Payload Too Large',
      });
      expect(await tableCounts(t)).toEqual(before);
    });

    it('rejects a non-JSON content type with 415', async () => {
      const res = await t.asAdmin<ApiError>('POST', '/api/frameworks/import', {
        rawBody: '<framework/>',
        headers: { 'content-type': 'application/xml' },
      });
      expect(res.status).toBe(415);
      expect(res.body.statusCode).toBe(415);
    });
  });

  describe('editions', () => {
    it('publishing a draft makes it current and retires the previous edition; published editions cannot be published again', async () => {
      const start = (await t.request<FrameworkView>('GET', '/api/frameworks/current')).body;
      const draft = await t.asAdmin<FrameworkSummary>('POST', `/api/frameworks/${start.id}/drafts`);
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        edition: expect.any(Number),
      });

      const published = await t.asAdmin<FrameworkSummary>(
        'POST',
        `/api/frameworks/${draft.body.id}/publish`,
      );
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({
        id: draft.body.id,
        status: 'published',
        current: true,
        publishedAt: expect.any(String),
      });

      const list = (await t.request<FrameworkSummary[]>('GET', '/api/frameworks')).body;
      expect(list.filter((f) => f.status === 'published').map((f) => f.id)).toEqual([
        draft.body.id,
      ]);
      expect(list.find((f) => f.id === start.id)?.status).toBe('retired');
      // History stays readable.
      expect(
        (await t.request<FrameworkView>('GET', `/api/frameworks/${start.id}`)).body.competencies,
      ).toHaveLength(4);

      const retired = (
        await t.request<CasePackage>('GET', `/api/frameworks/${start.id}/export?format=case`)
      ).body;
      const retiredAt = list.find((f) => f.id === start.id)?.retiredAt;
      expect(retiredAt).toEqual(expect.any(String));
      expect(retired.CFDocument).toMatchObject({
        adoptionStatus: 'Deprecated',
        statusStartDate: retiredAt?.slice(0, 10),
        lastChangeDateTime: retiredAt,
      });

      const again = await t.asAdmin<ApiError>('POST', `/api/frameworks/${start.id}/publish`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('FRAMEWORK_NOT_PUBLISHABLE');
    });

    it('a draft can be rewritten; a published edition refuses with 409 and stays as it was', async () => {
      const live = (await t.request<FrameworkView>('GET', '/api/frameworks/current')).body;
      const draft = (await t.asAdmin<FrameworkSummary>('POST', `/api/frameworks/${live.id}/drafts`))
        .body;
      const doc = (await t.request<FrameworkDocument>('GET', `/api/frameworks/${draft.id}/export`))
        .body;
      doc.editionLabel = '2027';
      doc.competencies[0].behaviours.push({
        key: 'handlekraft.ny-adfaerd',
        group: 'personal',
        text: { da: 'Holde fast i retningen.', en: 'Hold the course.' },
      });

      const replaced = await t.asAdmin<FrameworkSummary>('PUT', `/api/frameworks/${draft.id}`, {
        body: doc,
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({
        id: draft.id,
        edition: draft.edition,
        editionLabel: '2027',
        status: 'draft',
        behaviourCount: 33,
      });
      expect(
        (await t.request<FrameworkDocument>('GET', `/api/frameworks/${draft.id}/export`)).body,
      ).toEqual(doc);

      const before = await tableCounts(t);
      const refused = await t.asAdmin<ApiError>('PUT', `/api/frameworks/${live.id}`, { body: doc });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('FRAMEWORK_IMMUTABLE');
      expect(await tableCounts(t)).toEqual(before);
      expect((await t.request<FrameworkView>('GET', `/api/frameworks/${live.id}`)).body).toEqual(
        live,
      );

      const otherKey = await t.asAdmin<ApiError>('PUT', `/api/frameworks/${draft.id}`, {
        body: { ...doc, key: 'andet-grundlag' },
      });
      expect(otherKey.status).toBe(400);
      expect(otherKey.body.details?.[0].path).toBe('key');
    });

    it('imports and publishes in one step with ?publish=true', async () => {
      const doc = clone();
      doc.key = 'testkommune-ledelsesgrundlag';
      doc.owner = 'Testkommune';
      const res = await t.asAdmin<FrameworkImportResult>(
        'POST',
        '/api/frameworks/import?publish=true',
        { body: doc },
      );
      expect(res.status).toBe(201);
      expect(res.body.framework).toMatchObject({
        key: doc.key,
        edition: 1,
        status: 'published',
      });
      expect((await t.request<FrameworkView>('GET', '/api/frameworks/current')).body.owner).toBe(
        'Testkommune',
      );
      expect(
        (
          await t.asAdmin('POST', '/api/frameworks/import?publish=maybe', {
            body: doc,
          })
        ).status,
      ).toBe(400);
    });

    it('serialises concurrent imports: every one lands as its own edition', async () => {
      const doc = clone();
      doc.key = 'samtidig';
      const results = await Promise.all(
        [1, 2, 3, 4].map(() =>
          t.asAdmin<FrameworkImportResult>('POST', '/api/frameworks/import', {
            body: doc,
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(results.map((r) => r.body.framework.edition).sort()).toEqual([1, 2, 3, 4]);
    });
  });
});
