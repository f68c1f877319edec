import ExcelJS from 'exceljs';
import type {
  ApiError,
  CatalogueCoverage,
  CreateOfferRequest,
  OfferImportResult,
  OfferSearchResult,
  OfferSessionView,
  OfferView,
} from '@lederloeft/contracts';
import { courseRequest } from '../testing/course-request';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp, TestResponse } from '../testing/test-app';
import { addDays, todayInDenmark } from './local-date';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An ISO date `days` from today, and the same as dd-mm-yyyy. */
const iso = (days: number) => addDays(todayInDenmark(), days);
const dk = (days: number) => iso(days).split('-').reverse().join('-');

/**
 * The plan specs' course (testing/course-request.ts) as HR first creates it: a draft (no
 * status), for first-line leaders, with an indicative price that has øre.
 */
const newOffer = (overrides: Partial<CreateOfferRequest> = {}): CreateOfferRequest => {
  const { status: _draft, ...course } = courseRequest('TEST-01', 'Modig ledelse i hverdagen', {
    priceDkk: 1250.5,
    priceIsIndicative: true,
    targetLevels: ['foerstelinjeleder'],
  });
  return { ...course, ...overrides };
};

const session = (overrides: Partial<OfferSessionView> = {}) => ({
  startDate: iso(40),
  endDate: iso(41),
  place: 'Ikast Rådhus',
  capacity: 10,
  registrationDeadline: iso(20),
  seatsTaken: 0,
  waitingList: 0,
  ...overrides,
});

const HEADER = [
  'Kode',
  'Titel',
  'Type',
  'Udbyder',
  'Beskrivelse',
  'Form',
  'Sprog',
  'Sted',
  'Timer',
  'Pris (kr.)',
  'ECTS',
  'Lederniveauer',
  'Status',
  'Ledelse med hedekraft',
  'Borgerne i centrum',
  'Adfærd',
  'Forløb start',
  'Forløb slut',
  'Pladser',
  'Tilmeldingsfrist',
].join(';');

describe('course catalogue', () => {
  let t: TestApp;
  let hr: SessionHeaders;
  let leader: SessionHeaders;
  let director: SessionHeaders;

  const as = <T>(who: SessionHeaders, method: string, path: string, body?: unknown) =>
    t.request<T>(method, path, {
      body,
      headers: { cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] },
    });
  const upload = (path: string, file: Buffer, contentType = 'text/csv') =>
    t.request<OfferImportResult & ApiError>('POST', path, {
      rawBody: file as unknown as string,
      headers: {
        cookie: hr.cookie,
        'x-csrf-token': hr['x-csrf-token'],
        'content-type': contentType,
      },
    });
  const count = async (table: string) =>
    Number((await t.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const create = async (overrides: Partial<CreateOfferRequest> = {}) => {
    const res = await as<OfferView>(hr, 'POST', '/api/offers', newOffer(overrides));
    expect(res.status).toBe(201);
    return res.body;
  };
  const search = (who: SessionHeaders, query: string) =>
    as<OfferSearchResult>(who, 'GET', `/api/offers?${query}`);
  /** Danish Excel's "CSV (semikolonsepareret)": Windows-1252 and CRLF. */
  const excelCsv = (lines: string[], header = HEADER) =>
    Buffer.from([header, ...lines].join('\r\n') + '\r\n', 'latin1');

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const signIn = (role: Parameters<typeof demoAccount>[0]) =>
      t.signIn(demoAccount(role).email, demoAccount(role).password);
    hr = await signIn('hr');
    leader = await signIn('leader');
    director = await signIn('director');
  });
  afterAll(() => t.close());

  describe('curation', () => {
    it('creates a draft that only HR sees, then publishes it for everyone', async () => {
      const draft = await create({ code: 'CUR-01' });
      expect(draft).toMatchObject({
        status: 'draft',
        version: 1,
        hours: 7.5,
        priceDkk: 1250.5,
        effects: [
          { competencyKey: 'hedekraft', strength: 'strong', behaviourKeys: ['hedekraft.sige-ja'] },
        ],
      });
      expect((await as(leader, 'GET', `/api/offers/${draft.id}`)).status).toBe(404);
      expect((await search(leader, 'q=CUR-01')).body.total).toBe(0);
      expect((await search(hr, 'q=CUR-01')).body.total).toBe(1);

      const published = await as<OfferView>(hr, 'PATCH', `/api/offers/${draft.id}`, {
        status: 'published',
        version: 1,
      });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', version: 2 });
      expect((await as(leader, 'GET', `/api/offers/${draft.id}`)).status).toBe(200);
      expect((await search(leader, 'q=cur-01')).body.items.map((i) => i.id)).toEqual([draft.id]);
    });

    it('refuses an edit based on an old version (409) and keeps the newer one', async () => {
      const offer = await create({ code: 'CUR-02' });
      await as(hr, 'PATCH', `/api/offers/${offer.id}`, { title: 'Første ændring', version: 1 });
      const stale = await as<ApiError>(hr, 'PATCH', `/api/offers/${offer.id}`, {
        title: 'Anden ændring',
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect(stale.body.message).toContain('ændret af en anden');
      expect((await as<OfferView>(hr, 'GET', `/api/offers/${offer.id}`)).body.title).toBe(
        'Første ændring',
      );
    });

    it('checks effects, levels and fields against the framework, naming every field', async () => {
      const res = await as<ApiError>(
        hr,
        'POST',
        '/api/offers',
        newOffer({
          code: 'BAD 1',
          hours: 0,
          targetLevels: ['konge'],
          effects: [
            {
              competencyKey: 'hedekraft',
              strength: 'some',
              behaviourKeys: ['paa-tvaers.temadage'],
            },
            { competencyKey: 'ukendt', strength: 'strong', behaviourKeys: [] },
          ],
        }),
      );
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.path)).toEqual([
        'code',
        'hours',
        'targetLevels[0]',
        'effects[0].behaviourKeys[0]',
        'effects[1].competencyKey',
      ]);
      expect((await search(hr, 'q=BAD')).body.total).toBe(0);
    });

    it('keeps codes unique regardless of case (409)', async () => {
      await create({ code: 'DUP-01' });
      const res = await as<ApiError>(hr, 'POST', '/api/offers', newOffer({ code: 'dup-01' }));
      expect(res.status).toBe(409);
      expect(res.body.message).toContain('bruges allerede');
    });

    it('lets only HR and admin write; leaders read published offers only', async () => {
      expect((await as(leader, 'POST', '/api/offers', newOffer({ code: 'L-1' }))).status).toBe(403);
      expect((await search(leader, 'status=draft')).status).toBe(403);
      const all = (await search(leader, 'pageSize=100')).body;
      expect(all.items.every((i) => i.status === 'published')).toBe(true);
      expect(all.total).toBe(
        Number(
          (
            await t.query<{ n: number }>(
              `SELECT COUNT(*) AS n FROM offers WHERE status = 'published'`,
            )
          )[0].n,
        ),
      );
    });
  });

  describe('sessions', () => {
    it('adds, edits and removes sessions with their rules', async () => {
      const offer = await create({ code: 'SES-01' });
      const added = await as<OfferSessionView>(
        hr,
        'POST',
        `/api/offers/${offer.id}/sessions`,
        session(),
      );
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ freeSeats: 10, registrationOpen: true });

      const backwards = await as<ApiError>(
        hr,
        'POST',
        `/api/offers/${offer.id}/sessions`,
        session({ endDate: iso(39), registrationDeadline: iso(45) }),
      );
      expect(backwards.status).toBe(400);
      expect(backwards.body.details?.map((d) => d.path)).toEqual([
        'endDate',
        'registrationDeadline',
      ]);

      const path = `/api/offers/${offer.id}/sessions/${added.body.id}`;
      expect((await as<ApiError>(hr, 'PATCH', path, { seatsTaken: 11 })).status).toBe(400);
      const full = await as<OfferSessionView>(hr, 'PATCH', path, {
        seatsTaken: 10,
        waitingList: 2,
      });
      expect(full.body).toMatchObject({ freeSeats: 0, waitingList: 2 });
      expect((await as<ApiError>(hr, 'DELETE', path)).status).toBe(409);
      await as(hr, 'PATCH', path, { seatsTaken: 0, waitingList: 0 });
      expect((await as(hr, 'DELETE', path)).status).toBe(204);
      expect(
        (await as<OfferSessionView[]>(hr, 'GET', `/api/offers/${offer.id}/sessions`)).body,
      ).toEqual([]);
    });

    it('gives offers on demand no sessions', async () => {
      const offer = await create({
        code: 'SES-02',
        kind: 'e-learning',
        format: 'online',
        location: null,
        onDemand: true,
      });
      const res = await as<ApiError>(hr, 'POST', `/api/offers/${offer.id}/sessions`, session());
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('efter behov');
    });
  });

  describe('archive, never delete', () => {
    it('archives a published offer, keeps it readable, and refuses to delete it', async () => {
      const offer = await create({ code: 'ARC-01', status: 'published' });
      const refused = await as<ApiError>(hr, 'DELETE', `/api/offers/${offer.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('Arkivér');
      const archived = await as<OfferView>(hr, 'PATCH', `/api/offers/${offer.id}`, {
        status: 'archived',
        version: offer.version,
      });
      expect(archived.body.status).toBe('archived');
      // History stays readable for leaders (plans refer to it) but leaves the catalogue.
      expect((await as<OfferView>(leader, 'GET', `/api/offers/${offer.id}`)).body.title).toBe(
        offer.title,
      );
      expect((await search(leader, 'q=ARC-01')).body.total).toBe(0);
      const back = await as<ApiError>(hr, 'PATCH', `/api/offers/${offer.id}`, {
        status: 'draft',
        version: archived.body.version,
      });
      expect(back.status).toBe(409);
      expect(await count(`offers WHERE code = 'ARC-01'`)).toBe(1);
    });

    it('deletes a draft that was never published, with its effects and sessions', async () => {
      const offer = await create({ code: 'ARC-02' });
      await as(hr, 'POST', `/api/offers/${offer.id}/sessions`, session());
      expect((await as(hr, 'DELETE', `/api/offers/${offer.id}`)).status).toBe(204);
      expect(await count(`offers WHERE id = '${offer.id}'`)).toBe(0);
      expect(await count(`offer_sessions WHERE offer_id = '${offer.id}'`)).toBe(0);
      expect(await count(`offer_effects WHERE offer_id = '${offer.id}'`)).toBe(0);
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      const a = await create({
        code: 'SØG-A',
        title: 'Ærlig dialog på tværs af fagområder',
        provider: 'Østjysk Lederakademi',
        status: 'published',
        priceDkk: 100,
        kind: 'network',
        targetLevels: [],
        effects: [
          {
            competencyKey: 'paa-tvaers',
            strength: 'strong',
            behaviourKeys: ['paa-tvaers.netvaerksmoeder'],
          },
        ],
      });
      await as(
        hr,
        'POST',
        `/api/offers/${a.id}/sessions`,
        session({ startDate: iso(30), endDate: iso(30), registrationDeadline: iso(10) }),
      );
      const b = await create({
        code: 'SØG-B',
        title: 'Borgerrejser i praksis',
        description: 'Vi følger borgerens vej gennem kommunen – ærligt og konkret.',
        status: 'published',
        priceDkk: 50,
        targetLevels: ['chef'],
        effects: [{ competencyKey: 'borgerne-i-centrum', strength: 'some', behaviourKeys: [] }],
      });
      await as(
        hr,
        'POST',
        `/api/offers/${b.id}/sessions`,
        session({
          startDate: iso(60),
          endDate: iso(60),
          registrationDeadline: iso(50),
          seatsTaken: 10,
        }),
      );
    });

    const codes = async (query: string) =>
      (await search(leader, query)).body.items
        .map((i) => i.code)
        .filter((c) => c.startsWith('SØG'));

    it('finds Danish words regardless of case, in title, provider and description', async () => {
      expect(await codes('q=ÆRLIG')).toEqual(['SØG-A', 'SØG-B']);
      expect(await codes('q=østjysk')).toEqual(['SØG-A']);
      expect(await codes('q=ærlig%20borgerens')).toEqual(['SØG-B']);
      expect(await codes('q=arlig')).toEqual([]);
      // Title matches rank before description matches.
      expect((await search(leader, 'q=%C3%A6rlig&sort=relevance')).body.items[0].code).toBe(
        'SØG-A',
      );
    });

    it('filters on competency and strength, behaviour, kind, level and price', async () => {
      expect(await codes('q=søg&competency=paa-tvaers&strength=strong')).toEqual(['SØG-A']);
      expect(await codes('q=søg&competency=borgerne-i-centrum&strength=strong')).toEqual([]);
      expect(await codes('q=søg&competency=borgerne-i-centrum')).toEqual(['SØG-B']);
      expect(await codes('q=søg&behaviour=paa-tvaers.netvaerksmoeder')).toEqual(['SØG-A']);
      expect(await codes('q=søg&kind=network')).toEqual(['SØG-A']);
      // No target levels means every level.
      expect(await codes('q=søg&level=chef')).toEqual(['SØG-B', 'SØG-A']);
      expect(await codes('q=søg&level=mellemleder')).toEqual(['SØG-A']);
      expect(await codes('q=søg&priceMin=60&priceMax=100')).toEqual(['SØG-A']);
    });

    it('finds offers with free seats in a date window, and sorts by date and price', async () => {
      // SØG-B's only session is full.
      expect(await codes(`q=søg&from=${iso(1)}&to=${iso(90)}`)).toEqual(['SØG-A']);
      expect(await codes(`q=søg&from=${iso(31)}&to=${iso(90)}`)).toEqual([]);
      expect(await codes('q=søg&sort=price')).toEqual(['SØG-B', 'SØG-A']);
      const byDate = (await search(leader, 'q=søg&sort=date')).body.items.filter((i) =>
        i.code.startsWith('SØG'),
      );
      expect(byDate.map((i) => i.code)).toEqual(['SØG-A', 'SØG-B']);
      expect(byDate[0].nextSession?.startDate).toBe(iso(30));
      expect(byDate[1]).toMatchObject({ nextSession: null, openSessionCount: 1, freeSeats: 0 });
    });

    it('pages without overlap and says how many there are', async () => {
      const first = (await search(leader, 'pageSize=10&page=1')).body;
      const second = (await search(leader, 'pageSize=10&page=2')).body;
      expect(first.total).toBeGreaterThan(20);
      expect(first.items).toHaveLength(10);
      const ids = new Set([...first.items, ...second.items].map((i) => i.id));
      expect(ids.size).toBe(20);
      const beyond = (await search(leader, 'pageSize=10&page=999')).body;
      expect(beyond).toMatchObject({ items: [], total: first.total, page: 999 });
      const bad = await as<ApiError>(leader, 'GET', '/api/offers?pageSize=500&priceMin=x');
      expect(bad.status).toBe(400);
      expect(bad.body.details?.map((d) => d.path).sort()).toEqual(['pageSize', 'priceMin']);
    });
  });

  describe('locations', () => {
    it('lists the places of published, not online, offers once each, in Danish order', async () => {
      const places = async () => (await as<string[]>(leader, 'GET', '/api/offers/locations')).body;
      await create({ code: 'LOC-01', location: 'Ølgod Kro' });
      expect(await places()).not.toContain('Ølgod Kro');
      await create({ code: 'LOC-02', location: 'Ølgod Kro', status: 'published' });
      await create({ code: 'LOC-03', location: ' ølgod kro ', status: 'published' });
      await create({ code: 'LOC-04', location: 'Aabenraa', status: 'published' });
      await create({ code: 'LOC-05', format: 'online', location: 'Teams', status: 'published' });
      const list = await places();
      expect(list.filter((p) => p.toLocaleLowerCase('da') === 'ølgod kro')).toEqual(['Ølgod Kro']);
      expect(list).not.toContain('Teams');
      // Danish order: aa is å, after ø.
      expect(list.indexOf('Aabenraa')).toBeGreaterThan(list.indexOf('Ølgod Kro'));
      expect((await t.request('GET', '/api/offers/locations')).status).toBe(401);
    });
  });

  describe('coverage', () => {
    it('counts published offers and free seats per competency and behaviour', async () => {
      const before = (await as<CatalogueCoverage>(director, 'GET', '/api/offers/coverage')).body;
      const offer = await create({
        code: 'COV-01',
        status: 'published',
        effects: [
          {
            competencyKey: 'hedekraft',
            strength: 'strong',
            behaviourKeys: ['hedekraft.vaere-modig'],
          },
        ],
      });
      await as(
        hr,
        'POST',
        `/api/offers/${offer.id}/sessions`,
        session({ capacity: 12, seatsTaken: 2 }),
      );
      const after = (await as<CatalogueCoverage>(hr, 'GET', '/api/offers/coverage')).body;
      const hedekraft = (c: CatalogueCoverage) =>
        c.competencies.find((x) => x.competencyKey === 'hedekraft');
      const modig = (c: CatalogueCoverage) =>
        hedekraft(c)?.behaviours.find((b) => b.behaviourKey === 'hedekraft.vaere-modig');
      expect(after.publishedOffers).toBe(before.publishedOffers + 1);
      expect(hedekraft(after)?.strongOffers).toBe((hedekraft(before)?.strongOffers ?? 0) + 1);
      expect(hedekraft(after)?.freeSeats).toBe((hedekraft(before)?.freeSeats ?? 0) + 10);
      expect(modig(after)?.offers).toBe((modig(before)?.offers ?? 0) + 1);
      // The demo catalogue leaves some behaviours untrained: the view must show them.
      const untrained = after.competencies
        .flatMap((c) => c.behaviours)
        .filter((b) => b.offers === 0);
      expect(untrained.map((b) => b.behaviourKey)).toContain(
        'paa-tvaers.tvaergaaende-introduktion',
      );
      expect((await as(leader, 'GET', '/api/offers/coverage')).status).toBe(403);
    });
  });

  describe('import', () => {
    const good = [
      `IMP-1;Idéværksted for ledere;Temadag;Ikast-Brande Kommune;Vi øver at sige ja;Fremmøde;Dansk;Brande;7,5;1.250,00;;Førstelinjeleder, Mellemleder;Udgivet;Stærk;;hedekraft.sige-ja;${dk(30)};${dk(30)};20;${dk(10)}`,
      `IMP-1;;;;;;;;;;;;;;;;${dk(90)};${dk(91)};20;${dk(70)}`,
      `IMP-2;Borgerrejse-workshop;Kursus;Ikast-Brande Kommune;;Online;Dansk;;3;0;;;;;Noget;;;;;`,
    ];

    it('previews a Danish Excel CSV without writing, then imports it, then sees no changes', async () => {
      const offers = await count('offers');
      const preview = await upload('/api/offers/import?dryRun=true', excelCsv(good));
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        dryRun: true,
        rows: 3,
        creates: 2,
        updates: 0,
        sessions: 2,
        errors: [],
      });
      expect(await count('offers')).toBe(offers);

      const done = await upload('/api/offers/import', excelCsv(good));
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ dryRun: false, creates: 2 });
      const imported = (await search(hr, 'q=IMP-1')).body.items[0];
      const view = (await as<OfferView>(hr, 'GET', `/api/offers/${imported.id}`)).body;
      expect(view).toMatchObject({
        title: 'Idéværksted for ledere',
        kind: 'theme-day',
        hours: 7.5,
        priceDkk: 1250,
        status: 'published',
        targetLevels: ['foerstelinjeleder', 'mellemleder'],
        effects: [
          { competencyKey: 'hedekraft', strength: 'strong', behaviourKeys: ['hedekraft.sige-ja'] },
        ],
      });
      expect(view.sessions.map((s) => [s.startDate, s.endDate, s.capacity])).toEqual([
        [iso(30), iso(30), 20],
        [iso(90), iso(91), 20],
      ]);
      // A new import without status leaves IMP-2 a draft.
      expect((await search(hr, 'q=IMP-2')).body.items[0].status).toBe('draft');

      const again = await upload('/api/offers/import?dryRun=true', excelCsv(good));
      expect(again.body).toMatchObject({ creates: 0, updates: 0, unchanged: 2 });
    });

    it('updates on code (upsert) and replaces the sessions the file lists', async () => {
      const changed = [
        good[0].replace('Idéværksted for ledere', 'Idéværksted for alle ledere'),
        good[2],
      ];
      const res = await upload('/api/offers/import', excelCsv(changed));
      expect(res.body).toMatchObject({ creates: 0, updates: 1, unchanged: 1 });
      expect(res.body.changes).toEqual([
        { line: 2, action: 'update', code: 'IMP-1', title: 'Idéværksted for alle ledere' },
      ]);
      const id = (await search(hr, 'q=IMP-1')).body.items[0].id;
      expect((await as<OfferView>(hr, 'GET', `/api/offers/${id}`)).body.sessions).toHaveLength(1);
      expect(await count(`offers WHERE code = 'IMP-1'`)).toBe(1);
    });

    it('lists every broken row by line and column, and writes nothing', async () => {
      const before = await Promise.all(['offers', 'offer_sessions', 'offer_effects'].map(count));
      const broken = excelCsv([
        good[0].replace('1.250,00', '12,500,00'),
        `NY-1;Ny;Foredrag;X;;Fremmøde;Dansk;Ikast;3;0;;;;;;;;;;`,
        `NY-2;Dublet;Kursus;X;;Online;Dansk;;3;0;;;;;;;;;;`,
        `ny-2;Dublet igen;Kursus;X;;Online;Dansk;;3;0;;;;;;;;;;`,
        `NY-3;Adfærd uden kompetence;Kursus;X;;Online;Dansk;;3;0;;;;;;hedekraft.findes-ikke;;;;`,
        `NY-4;Forkert dato;Kursus;X;;Fremmøde;Dansk;Ikast;3;0;;;;;;;31-02-2027;;10;`,
      ]);
      const preview = await upload('/api/offers/import?dryRun=true', broken);
      expect(preview.status).toBe(200);
      expect(preview.body.errors.map((e) => [e.line, e.column])).toEqual([
        [2, 'Pris (kr.)'],
        [3, 'Type'],
        [5, 'Kode'],
        [6, 'Adfærd'],
        [7, 'Forløb start'],
      ]);
      expect(preview.body.errors[2].message).toContain('står allerede i række 4');
      const rejected = await upload('/api/offers/import', broken);
      expect(rejected.status).toBe(400);
      expect(rejected.body.message).toContain('intet er indlæst');
      expect(rejected.body.details?.[0]).toEqual({
        path: 'række 2: Pris (kr.)',
        message: expect.any(String),
      });
      expect(await Promise.all(['offers', 'offer_sessions', 'offer_effects'].map(count))).toEqual(
        before,
      );
    });

    it('refuses an unknown competency column before reading any row', async () => {
      const res = await upload(
        '/api/offers/import?dryRun=true',
        excelCsv(
          ['X-1;X;Kursus;X;;Online;Dansk;;3;0;;;;;;;;;;;Stærk'],
          `${HEADER};Ledelse med modvind`,
        ),
      );
      expect(res.body.errors).toEqual([
        {
          line: 1,
          column: 'Ledelse med modvind',
          message: expect.stringContaining('Ukendt kolonne'),
        },
      ]);
    });

    it('reads XLSX files and multipart form uploads', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Tilbud');
      sheet.addRow([
        'Kode',
        'Titel',
        'Type',
        'Udbyder',
        'Form',
        'Timer',
        'Pris (kr.)',
        'Forløb start',
        'Pladser',
        'Sted',
      ]);
      sheet.addRow([
        'XL-1',
        'Mentorforløb',
        'Mentorordning',
        'HR',
        'Fremmøde',
        12.5,
        4999.95,
        new Date(`${iso(50)}T00:00:00Z`),
        8,
        'Ikast',
      ]);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      const res = await upload('/api/offers/import', xlsx, XLSX);
      expect(res.status).toBe(200);
      const view = (
        await as<OfferView>(
          hr,
          'GET',
          `/api/offers/${(await search(hr, 'q=XL-1')).body.items[0].id}`,
        )
      ).body;
      expect(view).toMatchObject({ hours: 12.5, priceDkk: 4999.95, kind: 'mentoring' });
      expect(view.sessions[0]).toMatchObject({
        startDate: iso(50),
        registrationDeadline: iso(50),
        capacity: 8,
      });

      const boundary = '----lederloeft-test';
      const form = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="katalog.csv"\r\nContent-Type: text/csv\r\n\r\n`,
        ),
        excelCsv([`MP-1;Multipart;Kursus;HR;;Online;Dansk;;2;0;;;;;;;;;;`]),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const multipart = await upload(
        '/api/offers/import?dryRun=true',
        form,
        `multipart/form-data; boundary=${boundary}`,
      );
      expect(multipart.status).toBe(200);
      expect(multipart.body).toMatchObject({ creates: 1, errors: [] });
    });
  });

  describe('export', () => {
    const download = (path: string) =>
      fetch(`${t.baseUrl}${path}`, { headers: { cookie: hr.cookie } }).then(async (r) => ({
        status: r.status,
        type: r.headers.get('content-type'),
        disposition: r.headers.get('content-disposition'),
        body: Buffer.from(await r.arrayBuffer()),
      }));

    it.each(['csv', 'xlsx'])(
      'exports the whole catalogue as %s, which re-imports unchanged',
      async (file) => {
        const exported = await download(`/api/offers/export?file=${file}`);
        expect(exported.status).toBe(200);
        expect(exported.disposition).toMatch(
          new RegExp(`attachment; filename="kursuskatalog-\\d{4}-\\d{2}-\\d{2}\\.${file}"`),
        );
        const total = await count('offers');
        const res: TestResponse<OfferImportResult> = await upload(
          '/api/offers/import?dryRun=true',
          exported.body,
          file === 'csv' ? 'text/csv' : XLSX,
        );
        expect(res.body.errors).toEqual([]);
        expect(res.body).toMatchObject({ creates: 0, updates: 0, unchanged: total });
      },
    );

    it('exports the filtered view only, in Danish Excel CSV', async () => {
      const exported = await download('/api/offers/export?file=csv&q=borgerrejse&status=published');
      const text = exported.body.toString('utf8');
      expect(text.startsWith('\ufeffKode;Titel;Type')).toBe(true);
      const codes = text
        .split('\r\n')
        .slice(1)
        .filter((l) => l)
        .map((l) => l.split(';')[0]);
      const expected = (
        await search(hr, 'q=borgerrejse&status=published&pageSize=100')
      ).body.items.map((i) => i.code);
      expect([...new Set(codes)].sort()).toEqual([...expected].sort());
      expect(text).toMatch(/;\d{1,3}(\.\d{3})*,\d{2};/); // a price such as 1.250,00
    });

    it('offers a template with a guide to every column and the behaviour keys', async () => {
      const template = await download('/api/offers/import-template');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tilbud', 'Vejledning', 'Adfærd']);
      expect(workbook.getWorksheet('Adfærd')?.rowCount).toBe(33);
      const csv = await download('/api/offers/import-template?format=csv');
      expect(csv.body.toString('utf8').split('\r\n')[0]).toContain('Kode;Titel;Type;Udbyder');
    });
  });
});
