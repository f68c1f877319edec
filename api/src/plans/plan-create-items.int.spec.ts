import type {
  ApiError,
  CreatePlanItemRequest,
  CreatePlanRequest,
  OfferSessionView,
  OfferView,
  PlanEventView,
  PlanView,
} from '@lederloeft/contracts';
import { addDays, todayInDenmark } from '../catalogue/local-date';
import { courseRequest } from '../testing/course-request';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp, TestResponse } from '../testing/test-app';

const iso = (days: number) => addDays(todayInDenmark(), days);

const offerRequest = courseRequest('PLAN-ITEMS-01', 'Modig ledelse på tværs');

const onTheJob: CreatePlanItemRequest = {
  kind: 'on-the-job',
  behaviourKey: 'hedekraft.efterlyse-ideer',
  text: 'Sæt idéer som fast punkt på de næste tre afdelingsmøder.',
  competencyKeys: ['hedekraft'],
  behaviourKeys: ['hedekraft.efterlyse-ideer'],
};

describe('creating a plan with its items (from a proposal)', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let otherLeader: SessionHeaders;
  let manager: SessionHeaders;
  let offer: OfferView;
  let session: OfferSessionView;

  const as =
    (who: SessionHeaders) =>
    <T>(method: string, path: string, body?: unknown): Promise<TestResponse<T>> =>
      t.request<T>(method, path, {
        body,
        headers: { cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] },
      });

  const count = async (table: string) =>
    Number((await t.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  const request = (items: CreatePlanItemRequest[]): CreatePlanRequest => ({
    title: 'Udviklingsplan fra forslag',
    periodStart: iso(0),
    periodEnd: iso(365),
    budgetDkk: 20000,
    hours: 60,
    items,
  });

  const offerItem = (): CreatePlanItemRequest => ({
    kind: 'offer',
    offerId: offer.id,
    sessionId: session.id,
    competencyKeys: ['hedekraft'],
    behaviourKeys: ['hedekraft.sige-ja'],
  });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const signIn = (role: Parameters<typeof demoAccount>[0], i?: number) =>
      t.signIn(demoAccount(role, i).email, demoAccount(role, i).password);
    leader = await signIn('leader', 0);
    otherLeader = await signIn('leader', 1);
    manager = await signIn('manager');
    const hr = await signIn('hr');
    offer = (await as(hr)<OfferView>('POST', '/api/offers', offerRequest)).body;
    const created = await as(hr)<OfferSessionView>('POST', `/api/offers/${offer.id}/sessions`, {
      startDate: iso(40),
      endDate: iso(41),
      place: 'Ikast Rådhus',
      capacity: 10,
      registrationDeadline: iso(20),
      seatsTaken: 0,
      waitingList: 0,
    });
    expect(created.status).toBe(201);
    session = created.body;
  });
  afterAll(() => t.close());

  it('creates the plan and its items in one request, in order, with history', async () => {
    const res = await as(leader)<PlanView>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request([offerItem(), onTheJob]),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', version: 1, budgetDkk: 20000, hours: 60 });
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({
      kind: 'offer',
      offerId: offer.id,
      offerTitle: offer.title,
      session: { id: session.id },
      competencyKeys: ['hedekraft'],
      behaviourKeys: ['hedekraft.sige-ja'],
      // The catalogue's price and hours, not the caller's.
      costDkk: 4500,
      hours: 7.5,
      position: 1,
    });
    expect(res.body.items[1]).toMatchObject({
      kind: 'on-the-job',
      behaviourKey: 'hedekraft.efterlyse-ideer',
      text: onTheJob.text,
      position: 2,
    });
    expect(res.body.totals).toEqual({ costDkk: 4500, hours: 7.5 });
    const history = await as(leader)<PlanEventView[]>('GET', `/api/plans/${res.body.id}/history`);
    expect(history.body.map((e) => e.type).sort()).toEqual(['created', 'item-added', 'item-added']);
  });

  it('saves nothing when one item is bad, and says which one', async () => {
    const before = {
      plans: await count('development_plans'),
      items: await count('plan_items'),
      events: await count('plan_events'),
    };
    const bad = await as(leader)<ApiError>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request([offerItem(), onTheJob, { ...onTheJob, behaviourKey: 'hedekraft.findes-ikke' }]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^Aktivitet 3: /);
    expect(bad.body.details?.[0].path).toMatch(/^items\[2\]\./);
    // The same offer twice is caught inside the transaction, after the first was written.
    const twice = await as(leader)<ApiError>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request([offerItem(), offerItem()]),
    );
    expect(twice.status).toBe(400);
    expect(twice.body.details).toEqual([
      { path: 'items[1].offerId', message: 'Tilbuddet er allerede med i planen.' },
    ]);
    // Malformed input never reaches the service; the pipe points at the item too.
    const malformed = await as(leader)<ApiError>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request([onTheJob, { ...onTheJob, kind: 'kursus' as never }]),
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.details?.map((d) => d.path)).toEqual(['items[1].kind']);
    const tooMany = await as(leader)<ApiError>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request(Array.from({ length: 51 }, () => onTheJob)),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details?.map((d) => d.path)).toContain('items');
    expect({
      plans: await count('development_plans'),
      items: await count('plan_items'),
      events: await count('plan_events'),
    }).toEqual(before);
  });

  it('lets nobody create a plan with items for another leader', async () => {
    const before = await count('development_plans');
    const other = await as(otherLeader)<ApiError>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request([onTheJob]),
    );
    expect(other.status).toBe(404);
    const boss = await as(manager)<ApiError>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      request([onTheJob]),
    );
    expect(boss.status).toBe(403);
    expect(await count('development_plans')).toBe(before);
  });
});
