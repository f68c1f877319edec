import type {
  ApiError,
  OfferSessionView,
  OfferView,
  PlanEventView,
  PlanSummary,
  PlanView,
  SessionParticipantList,
} from '@lederloeft/contracts';
import { addDays, todayInDenmark } from '../catalogue/local-date';
import { DEMO_LEADER_PASSWORD } from '../demo/demo-organisation';
import { courseRequest } from '../testing/course-request';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp, TestResponse } from '../testing/test-app';

const iso = (days: number) => addDays(todayInDenmark(), days);

const offerRequest = (code: string) => courseRequest(code, `Modig ledelse ${code}`);

const planFields = (title = 'Min udviklingsplan') => ({
  title,
  periodStart: iso(0),
  periodEnd: iso(365),
  budgetDkk: 10000,
  hours: 60,
});

/** The demo data puts Gitte Hansen's submitted plan in the manager's inbox (demo-plans.ts). */
const notDemo = (inbox: PlanSummary[]) => inbox.filter((p) => p.leader.name !== 'Gitte Hansen');

const hedekraftGoal = {
  competencyKey: 'hedekraft',
  what: 'Medarbejderne bringer selv idéer til afdelingsmøderne.',
  measure: 'Mindst to nye idéer pr. møde, noteret i referatet.',
  byDate: iso(200),
  behaviourKeys: ['hedekraft.efterlyse-ideer'],
};

describe('development plans', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let otherLeader: SessionHeaders;
  let manager: SessionHeaders;
  let director: SessionHeaders;
  let hr: SessionHeaders;
  let colleague: SessionHeaders;
  let offer: OfferView;
  let session: OfferSessionView;

  const as =
    (who: SessionHeaders) =>
    <T>(method: string, path: string, body?: unknown): Promise<TestResponse<T>> =>
      t.request<T>(method, path, {
        body,
        headers: { cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] },
      });

  const signIn = (account: { email: string; password: string }) =>
    t.signIn(account.email, account.password);

  /** A plan of `who` with an offer item on `sessionId` and a SMART goal: ready to submit. */
  async function readyPlan(who: SessionHeaders, sessionId = session.id): Promise<PlanView> {
    const created = await as(who)<PlanView>('POST', `/api/leaders/${who.leaderId}/plans`, {
      ...planFields(),
    });
    expect(created.status).toBe(201);
    const withItem = await as(who)<PlanView>('POST', `/api/plans/${created.body.id}/items`, {
      kind: 'offer',
      offerId: offer.id,
      sessionId,
      competencyKeys: ['hedekraft'],
      behaviourKeys: ['hedekraft.sige-ja'],
    });
    expect(withItem.status).toBe(201);
    const ready = await as(who)<PlanView>(
      'POST',
      `/api/plans/${created.body.id}/goals`,
      hedekraftGoal,
    );
    expect(ready.status).toBe(201);
    return ready.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    leader = await signIn(demoAccount('leader', 0));
    otherLeader = await signIn(demoAccount('leader', 1));
    manager = await signIn(demoAccount('manager'));
    director = await signIn(demoAccount('director'));
    hr = await signIn(demoAccount('hr'));
    // Another of the manager's direct reports.
    colleague = await t.signIn('gitte.hansen@ikast-brande.dk', DEMO_LEADER_PASSWORD);
    offer = (await as(hr)<OfferView>('POST', '/api/offers', offerRequest('PLAN-01'))).body;
    const created = await as(hr)<OfferSessionView>('POST', `/api/offers/${offer.id}/sessions`, {
      startDate: iso(40),
      endDate: iso(41),
      place: 'Ikast Rådhus',
      capacity: 1,
      registrationDeadline: iso(20),
      seatsTaken: 0,
      waitingList: 0,
    });
    expect(created.status).toBe(201);
    session = created.body;
  });
  afterAll(() => t.close());

  it('goes draft → submitted → returned → submitted → approved → active → completed, with history', async () => {
    const L = as(leader);
    const M = as(manager);
    const created = await L<PlanView>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      planFields(),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      leader: { id: leader.leaderId },
      permissions: { edit: true, delete: true, actions: ['submit'] },
    });
    const id = created.body.id;

    // An empty plan cannot be submitted.
    const empty = await L<ApiError>('POST', `/api/plans/${id}/submit`);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('Planen skal have mindst én aktivitet.');

    let plan = (
      await L<PlanView>('POST', `/api/plans/${id}/items`, {
        kind: 'offer',
        offerId: offer.id,
        sessionId: session.id,
        competencyKeys: ['hedekraft'],
        behaviourKeys: ['hedekraft.sige-ja'],
      })
    ).body;
    expect(plan.items[0]).toMatchObject({
      kind: 'offer',
      offerTitle: offer.title,
      offerKind: 'course',
      costDkk: 4500,
      hours: 7.5,
      session: { id: session.id, startDate: iso(40) },
      booking: null,
    });
    plan = (
      await L<PlanView>('POST', `/api/plans/${id}/items`, {
        kind: 'on-the-job',
        behaviourKey: 'hedekraft.efterlyse-ideer',
        text: 'Have et fast punkt på afdelingsmøder: Efterlyse idéer',
        competencyKeys: ['hedekraft'],
        behaviourKeys: ['hedekraft.efterlyse-ideer'],
        hours: 6,
      })
    ).body;
    expect(plan.items[1]).toMatchObject({ kind: 'on-the-job', offerKind: null });
    expect(plan.totals).toEqual({ costDkk: 4500, hours: 13.5 });

    // A SMART goal is required per focus competency.
    const noGoal = await L<ApiError>('POST', `/api/plans/${id}/submit`);
    expect(noGoal.status).toBe(400);
    expect(noGoal.body.message).toBe('Kompetencen "Ledelse med hedekraft" mangler et SMART-mål.');
    const badGoal = await L<ApiError>('POST', `/api/plans/${id}/goals`, {
      ...hedekraftGoal,
      what: ' ',
      byDate: iso(400),
    });
    expect(badGoal.status).toBe(400);
    expect(badGoal.body.details).toEqual([
      { path: 'what', message: 'Skriv, hvad der vil være anderledes.' },
      {
        path: 'byDate',
        message: `Datoen skal ligge i planens periode (${iso(0)} – ${iso(365)}).`,
      },
    ]);
    plan = (await L<PlanView>('POST', `/api/plans/${id}/goals`, hedekraftGoal)).body;
    expect(plan.goals).toHaveLength(1);

    const submitted = await L<PlanView>('POST', `/api/plans/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.permissions).toMatchObject({ edit: false, delete: false });

    // Nobody edits a submitted plan until it is returned.
    const edit = await L<ApiError>('PATCH', `/api/plans/${id}`, {
      version: submitted.body.version,
      title: 'Ny titel',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toBe(
      'Planen er sendt til godkendelse og kan ikke ændres, før din leder har sendt den retur.',
    );
    const addWhileSubmitted = await L<ApiError>('POST', `/api/plans/${id}/goals`, {
      ...hedekraftGoal,
      competencyKey: 'handlekraft',
      behaviourKeys: [],
    });
    expect(addWhileSubmitted.status).toBe(409);

    // The inbox: the direct manager sees it; the director above does not.
    const inbox = await M<PlanSummary[]>('GET', '/api/plans/inbox');
    expect(notDemo(inbox.body).map((p) => p.id)).toEqual([id]);
    expect(notDemo(inbox.body)[0]).toMatchObject({
      itemCount: 2,
      costDkk: 4500,
      hoursPlanned: 13.5,
    });
    expect((await as(director)<PlanSummary[]>('GET', '/api/plans/inbox')).body).toEqual([]);
    const managerView = await M<PlanView>('GET', `/api/plans/${id}`);
    expect(managerView.body.permissions.actions).toEqual(['approve', 'return']);

    // Returning needs a comment.
    const noComment = await M<ApiError>('POST', `/api/plans/${id}/return`, { comment: '  ' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.message).toBe(
      'Skriv en kommentar, så lederen ved, hvad der skal ændres.',
    );
    const returned = await M<PlanView>('POST', `/api/plans/${id}/return`, {
      comment: 'Sæt en tidligere dato på målet.',
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      managerComment: 'Sæt en tidligere dato på målet.',
    });
    expect(notDemo((await M<PlanSummary[]>('GET', '/api/plans/inbox')).body)).toEqual([]);

    // The leader edits the returned plan; a stale version is refused.
    const stale = await L<ApiError>('PATCH', `/api/plans/${id}`, {
      version: returned.body.version - 1,
      title: 'x',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const goalId = returned.body.goals[0].id;
    const regoaled = await L<PlanView>('PATCH', `/api/plans/${id}/goals/${goalId}`, {
      byDate: iso(150),
    });
    expect(regoaled.status).toBe(200);
    const renamed = await L<PlanView>('PATCH', `/api/plans/${id}`, {
      version: regoaled.body.version,
      title: 'Min plan for modig ledelse',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Min plan for modig ledelse');
    expect((await L<PlanView>('POST', `/api/plans/${id}/submit`)).body.status).toBe('submitted');

    const approved = await M<PlanView>('POST', `/api/plans/${id}/approve`, {
      comment: 'God plan.',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.items[0].booking).toMatchObject({ status: 'booked', queuePosition: null });
    const sessions = await as(hr)<OfferSessionView[]>('GET', `/api/offers/${offer.id}/sessions`);
    expect(sessions.body[0]).toMatchObject({ seatsTaken: 1, waitingList: 0 });

    // Follow-through: activate, mark done with evidence, reflect, agree follow-ups.
    expect((await L<PlanView>('POST', `/api/plans/${id}/activate`)).body.status).toBe('active');
    const itemId = approved.body.items[1].id;
    const noEvidence = await L<ApiError>('PATCH', `/api/plans/${id}/items/${itemId}`, {
      status: 'done',
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.message).toBe('Skriv, hvad der viser, at aktiviteten er gennemført.');
    const contentNow = await L<ApiError>('PATCH', `/api/plans/${id}/items/${itemId}`, {
      text: 'Noget andet',
    });
    expect(contentNow.status).toBe(409);
    const done = await L<PlanView>('PATCH', `/api/plans/${id}/items/${itemId}`, {
      status: 'done',
      doneEvidence: 'Referater fra fire afdelingsmøder',
    });
    expect(done.body.items[1]).toMatchObject({
      status: 'done',
      doneEvidence: 'Referater fra fire afdelingsmøder',
    });
    expect(done.body.items[1].doneAt).not.toBeNull();
    const noted = await L<PlanView>('POST', `/api/plans/${id}/items/${itemId}/notes`, {
      learned: 'At stille åbne spørgsmål giver flere idéer.',
      changed: 'Jeg venter med mine egne idéer til sidst.',
    });
    expect(noted.status).toBe(201);
    expect(noted.body.items[1].notes).toHaveLength(1);
    const followed = await M<PlanView>('POST', `/api/plans/${id}/follow-ups`, {
      date: iso(90),
      note: 'Status efter kurset',
    });
    expect(followed.status).toBe(201);
    expect(followed.body.followUps).toEqual([
      { id: expect.any(String), date: iso(90), note: 'Status efter kurset' },
    ]);
    const completed = await L<PlanView>('POST', `/api/plans/${id}/complete`);
    expect(completed.body.status).toBe('completed');
    expect(completed.body.permissions).toMatchObject({ edit: false, followUp: false, actions: [] });
    // A completed plan keeps its seat, and is locked.
    expect(completed.body.items[0].booking?.status).toBe('booked');
    expect((await L<ApiError>('POST', `/api/plans/${id}/cancel`)).status).toBe(409);
    const lateFollowUp = await M<ApiError>('POST', `/api/plans/${id}/follow-ups`, {
      date: iso(95),
      note: 'x',
    });
    expect(lateFollowUp.status).toBe(409);
    expect(lateFollowUp.body.message).toBe('Planen er afsluttet eller annulleret og er låst.');
    expect((await L<ApiError>('DELETE', `/api/plans/${id}`)).status).toBe(409);

    // The history: who, what, when, for every change.
    const history = await L<PlanEventView[]>('GET', `/api/plans/${id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((e) => [e.type, e.actor.name])).toEqual([
      ['created', 'Camilla Nørgaard'],
      ['item-added', 'Camilla Nørgaard'],
      ['item-added', 'Camilla Nørgaard'],
      ['goal-added', 'Camilla Nørgaard'],
      ['submitted', 'Camilla Nørgaard'],
      ['returned', 'Morten Skov Jensen'],
      ['goal-updated', 'Camilla Nørgaard'],
      ['updated', 'Camilla Nørgaard'],
      ['submitted', 'Camilla Nørgaard'],
      ['approved', 'Morten Skov Jensen'],
      ['seat-booked', 'Morten Skov Jensen'],
      ['activated', 'Camilla Nørgaard'],
      ['item-done', 'Camilla Nørgaard'],
      ['note-added', 'Camilla Nørgaard'],
      ['follow-up-added', 'Morten Skov Jensen'],
      ['completed', 'Camilla Nørgaard'],
    ]);
    expect(history.body[5]).toMatchObject({
      summary: 'Planen er sendt retur med en kommentar.',
      details: { comment: 'Sæt en tidligere dato på målet.' },
    });
    const times = history.body.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(history.body.every((e) => e.actor.accountId !== null)).toBe(true);
  });

  it('refuses the wrong person and the wrong state with Danish messages', async () => {
    const plan = await readyPlan(colleague, (await newSession(5)).id);
    const id = plan.id;
    const C = as(colleague);
    expect((await C<ApiError>('POST', `/api/plans/${id}/approve`, {})).status).toBe(403);
    expect((await C<ApiError>('POST', `/api/plans/${id}/activate`)).body.message).toBe(
      'Planen skal være godkendt af din leder, før du kan sætte den i gang.',
    );
    expect((await C<ApiError>('POST', `/api/plans/${id}/complete`)).status).toBe(409);
    const cancelDraft = await C<ApiError>('POST', `/api/plans/${id}/cancel`);
    expect(cancelDraft.status).toBe(409);
    expect(cancelDraft.body.message).toContain('slettes i stedet');
    const early = await as(manager)<ApiError>('POST', `/api/plans/${id}/approve`, {});
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('Kun en plan, der er sendt til godkendelse, kan godkendes.');
    expect((await C('POST', `/api/plans/${id}/submit`)).status).toBe(200);
    const again = await C<ApiError>('POST', `/api/plans/${id}/submit`);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      'Kun en kladde eller en returneret plan kan sendes til godkendelse.',
    );
    // The director is above the manager: reads the plan, but only the direct manager approves.
    expect((await as(director)('GET', `/api/plans/${id}`)).status).toBe(200);
    const byDirector = await as(director)<ApiError>('POST', `/api/plans/${id}/approve`, {});
    expect(byDirector.status).toBe(403);
    expect(byDirector.body.message).toBe('Kun lederens nærmeste leder kan godkende planen.');
    // A plan that was submitted is cancelled, never deleted.
    const del = await C<ApiError>('DELETE', `/api/plans/${id}`);
    expect(del.status).toBe(409);
    expect(del.body.message).toContain('Annullér den i stedet');
    const cancelled = await C<PlanView>('POST', `/api/plans/${id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await as(manager)('POST', `/api/plans/${id}/approve`, {})).status).toBe(409);
    expect(notDemo((await as(manager)<PlanSummary[]>('GET', '/api/plans/inbox')).body)).toEqual([]);
  });

  it('keeps plans to the leader and the managers above (404 for everyone else)', async () => {
    const created = await as(leader)<PlanView>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      planFields('Privat plan'),
    );
    const id = created.body.id;
    for (const stranger of [otherLeader, hr, colleague]) {
      const S = as(stranger);
      expect((await S('GET', `/api/plans/${id}`)).status).toBe(404);
      expect((await S('GET', `/api/plans/${id}/history`)).status).toBe(404);
      expect((await S('GET', `/api/leaders/${leader.leaderId}/plans`)).status).toBe(404);
    }
    const O = as(otherLeader);
    expect(
      (await O<ApiError>('PATCH', `/api/plans/${id}`, { version: 1, title: 'x' })).status,
    ).toBe(404);
    expect((await O('POST', `/api/plans/${id}/submit`)).status).toBe(404);
    expect((await O('DELETE', `/api/plans/${id}`)).status).toBe(404);
    expect((await O('POST', `/api/plans/${id}/goals`, hedekraftGoal)).status).toBe(404);
    expect((await O('POST', `/api/leaders/${leader.leaderId}/plans`, planFields())).status).toBe(
      404,
    );
    // The manager reads but does not write the leader's plan.
    const M = as(manager);
    expect((await M('GET', `/api/plans/${id}`)).status).toBe(200);
    expect(
      (await M<PlanSummary[]>('GET', `/api/leaders/${leader.leaderId}/plans`)).body.map(
        (p) => p.id,
      ),
    ).toContain(id);
    const managerEdit = await M<ApiError>('PATCH', `/api/plans/${id}`, { version: 1, title: 'x' });
    expect(managerEdit.status).toBe(403);
    expect(managerEdit.body.message).toBe('Kun lederen selv kan ændre sin udviklingsplan.');
    expect((await M('POST', `/api/leaders/${leader.leaderId}/plans`, planFields())).status).toBe(
      403,
    );
    // The manager sees nothing of a leader outside their line.
    const foreign = await as(otherLeader)<PlanView>(
      'POST',
      `/api/leaders/${otherLeader.leaderId}/plans`,
      planFields(),
    );
    expect(foreign.status).toBe(201);
    expect((await M('GET', `/api/plans/${foreign.body.id}`)).status).toBe(404);
    // A never-submitted draft may be deleted by its leader.
    expect((await as(leader)('DELETE', `/api/plans/${id}`)).status).toBe(204);
    expect((await as(leader)('GET', `/api/plans/${id}`)).status).toBe(404);
  });

  it('books seats on approval, queues the rest, and moves the first in line up on cancel', async () => {
    const full = await newSession(1);
    const first = await readyPlan(leader, full.id);
    const second = await readyPlan(colleague, full.id);
    for (const p of [first, second]) {
      const who = p.leader.id === leader.leaderId ? leader : colleague;
      expect((await as(who)('POST', `/api/plans/${p.id}/submit`)).status).toBe(200);
    }
    const a = await as(manager)<PlanView>('POST', `/api/plans/${first.id}/approve`, {});
    const b = await as(manager)<PlanView>('POST', `/api/plans/${second.id}/approve`, {});
    expect(a.body.items[0].booking).toMatchObject({ status: 'booked' });
    expect(b.body.items[0].booking).toMatchObject({ status: 'waiting', queuePosition: 1 });
    const history = await as(colleague)<PlanEventView[]>('GET', `/api/plans/${second.id}/history`);
    expect(history.body.at(-1)).toMatchObject({
      type: 'seat-waiting',
      summary: `Forløbet er fuldt; sat på venteliste: ${offer.title}.`,
    });

    // HR's participant list and its CSV.
    const list = await as(hr)<SessionParticipantList>(
      'GET',
      `/api/offers/${offer.id}/sessions/${full.id}/participants`,
    );
    expect(list.status).toBe(200);
    expect(list.body.session).toMatchObject({ capacity: 1, seatsTaken: 1, waitingList: 1 });
    expect(list.body.participants.map((p) => [p.status, p.queuePosition, p.leader.name])).toEqual([
      ['booked', null, 'Camilla Nørgaard'],
      ['waiting', 1, 'Gitte Hansen'],
    ]);
    expect(list.body.participants[0].orgUnit.name).not.toBe('');
    // Raw bytes: a text decoder would swallow the byte-order mark.
    const csv = await fetch(
      `${t.baseUrl}/api/offers/${offer.id}/sessions/${full.id}/participants.csv`,
      { headers: { cookie: hr.cookie } },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="deltagere-PLAN-01-${full.startDate}.csv"`,
    );
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Status;Plads på venteliste;Navn;E-mail;Stilling;Enhed;Tilmeldt');
    expect(lines[1]).toMatch(/^Tilmeldt;;Camilla Nørgaard;camilla\.noergaard@ikast-brande\.dk;/);
    expect(lines[2]).toMatch(/^Venteliste;1;Gitte Hansen;/);
    expect(lines[3]).toBe('');
    // Leaders and managers do not see participant lists.
    expect(
      (await as(manager)('GET', `/api/offers/${offer.id}/sessions/${full.id}/participants`)).status,
    ).toBe(403);

    // Cancelling the booked plan moves the colleague up in the same transaction.
    const cancelled = await as(leader)<PlanView>('POST', `/api/plans/${first.id}/cancel`);
    expect(cancelled.body.items[0].booking).toBeNull();
    const moved = await as(colleague)<PlanView>('GET', `/api/plans/${second.id}`);
    expect(moved.body.items[0].booking).toMatchObject({ status: 'booked', queuePosition: null });
    const after = await as(hr)<SessionParticipantList>(
      'GET',
      `/api/offers/${offer.id}/sessions/${full.id}/participants`,
    );
    expect(after.body.session).toMatchObject({ seatsTaken: 1, waitingList: 0 });
    expect(after.body.participants.map((p) => [p.status, p.leader.name])).toEqual([
      ['booked', 'Gitte Hansen'],
    ]);
    const movedHistory = await as(colleague)<PlanEventView[]>(
      'GET',
      `/api/plans/${second.id}/history`,
    );
    expect(movedHistory.body.at(-1)).toMatchObject({
      type: 'seat-moved-up',
      actor: { accountId: null, name: 'Lederløft' },
    });
    const cancelHistory = await as(leader)<PlanEventView[]>(
      'GET',
      `/api/plans/${first.id}/history`,
    );
    expect(cancelHistory.body.slice(-2).map((e) => e.type)).toEqual([
      'cancelled',
      'seat-cancelled',
    ]);

    // Removing the item from the approved plan gives the seat up: nobody waits, so it is freed.
    const removed = await as(colleague)<PlanView>(
      'DELETE',
      `/api/plans/${second.id}/items/${second.items[0].id}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.items).toEqual([]);
    const empty = await as(hr)<SessionParticipantList>(
      'GET',
      `/api/offers/${offer.id}/sessions/${full.id}/participants`,
    );
    expect(empty.body.session).toMatchObject({ seatsTaken: 0, waitingList: 0 });
    expect(empty.body.participants).toEqual([]);
    // With nobody booked or waiting HR may delete the session; the cancelled bookings go along.
    expect((await as(hr)('DELETE', `/api/offers/${offer.id}/sessions/${full.id}`)).status).toBe(
      204,
    );
    expect((await as(colleague)<PlanView>('GET', `/api/plans/${second.id}`)).status).toBe(200);
  });

  it('checks items against the catalogue and the framework', async () => {
    const created = await as(leader)<PlanView>(
      'POST',
      `/api/leaders/${leader.leaderId}/plans`,
      planFields('Kontrol'),
    );
    const id = created.body.id;
    const add = (body: unknown) => as(leader)<ApiError>('POST', `/api/plans/${id}/items`, body);
    const noSession = await add({
      kind: 'offer',
      offerId: offer.id,
      competencyKeys: ['hedekraft'],
    });
    expect(noSession.status).toBe(400);
    expect(noSession.body.message).toBe('Vælg et forløb (hold) af tilbuddet.');
    const unknownBehaviour = await add({
      kind: 'on-the-job',
      behaviourKey: 'hedekraft.findes-ikke',
      text: 'Noget',
      competencyKeys: ['hedekraft'],
    });
    expect(unknownBehaviour.body.message).toBe(
      'Adfærden "hedekraft.findes-ikke" findes ikke i ledelsesgrundlaget.',
    );
    const dto = await add({ kind: 'kursus', competencyKeys: 'hedekraft' });
    expect(dto.status).toBe(400);
    expect([...new Set(dto.body.details?.map((d) => d.path))]).toEqual(['kind', 'competencyKeys']);
    const ok = await add({
      kind: 'offer',
      offerId: offer.id,
      sessionId: session.id,
      competencyKeys: ['hedekraft'],
    });
    expect(ok.status).toBe(201);
    const twice = await add({
      kind: 'offer',
      offerId: offer.id,
      sessionId: session.id,
      competencyKeys: ['hedekraft'],
    });
    expect(twice.body.message).toBe('Tilbuddet er allerede med i planen.');
    const goal = await as(leader)<PlanView>('POST', `/api/plans/${id}/goals`, hedekraftGoal);
    expect(goal.status).toBe(201);
    const secondGoal = await as(leader)<ApiError>('POST', `/api/plans/${id}/goals`, hedekraftGoal);
    expect(secondGoal.body.message).toBe(
      'Kompetencen har allerede et SMART-mål i planen. Ret det i stedet.',
    );
    // Moving the period so that the goal falls outside it is refused.
    const shrink = await as(leader)<ApiError>('PATCH', `/api/plans/${id}`, {
      version: goal.body.version,
      periodEnd: iso(100),
    });
    expect(shrink.status).toBe(400);
    expect(shrink.body.message).toBe(
      'Et mål ligger uden for den nye periode. Ret målets dato først.',
    );
    // Over budget: the submission check says so.
    const tight = await as(leader)<PlanView>('PATCH', `/api/plans/${id}`, {
      version: goal.body.version,
      budgetDkk: 4000,
    });
    expect(tight.status).toBe(200);
    const over = await as(leader)<ApiError>('POST', `/api/plans/${id}/submit`);
    expect(over.status).toBe(400);
    expect(over.body.message).toBe(
      'Aktiviteterne koster 4.500 kr., mere end budgettet på 4.000 kr.',
    );
  });

  async function newSession(capacity: number): Promise<OfferSessionView> {
    const res = await as(hr)<OfferSessionView>('POST', `/api/offers/${offer.id}/sessions`, {
      startDate: iso(60),
      endDate: iso(60),
      place: `Herning ${Math.random()}`.slice(0, 20),
      capacity,
      registrationDeadline: iso(30),
      seatsTaken: 0,
      waitingList: 0,
    });
    expect(res.status).toBe(201);
    return res.body;
  }
});
