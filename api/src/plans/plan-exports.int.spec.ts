import type { OfferSessionView, OfferView, PlanView } from '@lederloeft/contracts';
import { addDays, todayInDenmark } from '../catalogue/local-date';
import { courseRequest } from '../testing/course-request';
import { demoAccount } from '../testing/demo-accounts';
import { pdfPageCount, pdfText } from '../testing/pdf-text';
import { SessionHeaders, startTestApp, TestApp, TestResponse } from '../testing/test-app';

const iso = (days: number) => addDays(todayInDenmark(), days);
const compact = (isoDate: string) => isoDate.replace(/-/g, '');

const LONG_TITLE =
  'Modig ledelse i Ikast-Brande: at sige ja til nye idéer, også når økonomien er stram – for afdelingsledere på tværs af fagområder';

const offerRequest = courseRequest;

const planFields = (title: string) => ({
  title,
  periodStart: iso(0),
  periodEnd: iso(365),
  budgetDkk: 20000,
  hours: 60,
});

const hedekraftGoal = {
  competencyKey: 'hedekraft',
  what: 'Medarbejderne bringer selv idéer til afdelingsmøderne.',
  measure: 'Mindst to nye idéer pr. møde, noteret i referatet.',
  byDate: iso(200),
  behaviourKeys: ['hedekraft.efterlyse-ideer'],
};

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** RFC 5545 unfolding: a CRLF followed by one space is removed. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

/** The unfolded lines of the VEVENT with this UID. */
function eventWith(ics: string, uid: string): string[] {
  const lines = unfold(ics).split('\r\n');
  const at = lines.indexOf(`UID:${uid}`);
  if (at < 0) throw new Error(`No event ${uid} in\n${ics}`);
  const start = lines.lastIndexOf('BEGIN:VEVENT', at);
  const end = lines.indexOf('END:VEVENT', at);
  return lines.slice(start, end + 1);
}

describe('plan exports (PDF and iCalendar)', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let otherLeader: SessionHeaders;
  let manager: SessionHeaders;
  let hr: SessionHeaders;
  let longOffer: OfferView;
  let longSession: OfferSessionView;
  let fullOffer: OfferView;
  let fullSession: OfferSessionView;
  let spareOffer: OfferView;
  let spareSession: OfferSessionView;
  /** An approved plan: a booked session, a waiting-list session, an activity in the job. */
  let plan: PlanView;

  const headersOf = (who: SessionHeaders) => ({
    cookie: who.cookie,
    'x-csrf-token': who['x-csrf-token'],
  });
  const as =
    (who: SessionHeaders) =>
    async <T>(method: string, path: string, body?: unknown): Promise<TestResponse<T>> =>
      t.request<T>(method, path, { body, headers: headersOf(who) });
  const ok = async <T>(res: Promise<TestResponse<T>>, status = 201): Promise<T> => {
    const r = await res;
    if (r.status !== status) throw new Error(`${r.status} ${r.text}`);
    return r.body;
  };
  /** The files are binary: read the bytes, not text. */
  const download = async (who: SessionHeaders | null, path: string): Promise<Download> => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: who ? { cookie: who.cookie } : {},
    });
    return {
      status: res.status,
      headers: res.headers,
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  async function session(offer: OfferView, days: number, capacity: number, seatsTaken = 0) {
    return ok(
      as(hr)<OfferSessionView>('POST', `/api/offers/${offer.id}/sessions`, {
        startDate: iso(days),
        endDate: iso(days + 1),
        place: 'Ikast Rådhus, mødelokale 2',
        capacity,
        registrationDeadline: iso(20),
        seatsTaken,
        waitingList: 0,
      }),
    );
  }

  async function approvedPlan(title: string, items: [OfferView, OfferSessionView][]) {
    const L = as(leader);
    const created = await ok(
      L<PlanView>('POST', `/api/leaders/${leader.leaderId}/plans`, planFields(title)),
    );
    for (const [offer, s] of items) {
      await ok(
        L<PlanView>('POST', `/api/plans/${created.id}/items`, {
          kind: 'offer',
          offerId: offer.id,
          sessionId: s.id,
          text: 'Anbefalet af HR; tag gerne en kollega med.',
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.sige-ja'],
        }),
      );
    }
    await ok(
      L<PlanView>('POST', `/api/plans/${created.id}/items`, {
        kind: 'on-the-job',
        behaviourKey: 'hedekraft.efterlyse-ideer',
        text: 'Have et fast punkt på afdelingsmøder: Efterlyse idéer',
        competencyKeys: ['hedekraft'],
        behaviourKeys: ['hedekraft.efterlyse-ideer'],
        hours: 6,
      }),
    );
    await ok(L<PlanView>('POST', `/api/plans/${created.id}/goals`, hedekraftGoal));
    await ok(L<PlanView>('POST', `/api/plans/${created.id}/submit`), 200);
    return ok(
      as(manager)<PlanView>('POST', `/api/plans/${created.id}/approve`, {
        comment: 'Godt valg – vi tager det op til opfølgningen i marts.',
      }),
      200,
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const signIn = (role: Parameters<typeof demoAccount>[0], i?: number) =>
      t.signIn(demoAccount(role, i).email, demoAccount(role, i).password);
    leader = await signIn('leader', 0);
    otherLeader = await signIn('leader', 1);
    manager = await signIn('manager');
    hr = await signIn('hr');

    longOffer = await ok(
      as(hr)<OfferView>('POST', '/api/offers', offerRequest('EXP-01', LONG_TITLE)),
    );
    longSession = await session(longOffer, 40, 10);
    fullOffer = await ok(
      as(hr)<OfferView>('POST', '/api/offers', offerRequest('EXP-02', 'Coaching i grupper')),
    );
    // Already full: approval puts the leader first on the waiting list.
    fullSession = await session(fullOffer, 60, 1, 1);
    spareOffer = await ok(
      as(hr)<OfferView>('POST', '/api/offers', offerRequest('EXP-03', 'Netværk for nye ledere')),
    );
    spareSession = await session(spareOffer, 80, 10);

    await ok(
      as(leader)('PUT', `/api/leaders/${leader.leaderId}/personal-foundation`, {
        text: 'Jeg leder med tillid og nysgerrighed.\n\nJeg siger ja til idéer, før jeg siger nej.',
      }),
      200,
    );
    plan = await approvedPlan('Min udviklingsplan', [
      [longOffer, longSession],
      [fullOffer, fullSession],
    ]);
    plan = await ok(
      as(manager)<PlanView>('POST', `/api/plans/${plan.id}/follow-ups`, {
        date: iso(100),
        note: 'Status på kurset; hvad virker, hvad gør vi nu?',
      }),
    );
  });
  afterAll(() => t.close());

  it('gives the leader the plan as a Danish PDF with the headers of a personal download', async () => {
    const res = await download(leader, `/api/plans/${plan.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const name = `udviklingsplan-camilla-nørgaard-${iso(0)}.pdf`;
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="udviklingsplan-camilla-noergaard-${iso(0)}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.body.subarray(-8).toString('latin1')).toContain('%%EOF');
    const pages = pdfPageCount(res.body);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);

    const text = pdfText(res.body).replace(/\s+/g, ' ');
    for (const expected of [
      'Udviklingsplan',
      'Min udviklingsplan',
      'Camilla Nørgaard',
      demoAccount('manager').name,
      'Godkendt',
      'Godt valg – vi tager det op til opfølgningen i marts.',
      'Jeg siger ja til idéer, før jeg siger nej.',
      'Udgangspunkt: kompetencegab',
      'Ledelse med hedekraft',
      'Hvad bliver anderledes',
      'Medarbejderne bringer selv idéer til afdelingsmøderne.',
      'Hvordan ses eller måles det',
      'Læring i jobbet (70)',
      'Have et fast punkt på afdelingsmøder: Efterlyse idéer',
      'Formel uddannelse (10)',
      LONG_TITLE,
      'Anbefalet af HR; tag gerne en kollega med.',
      'Ikast Rådhus, mødelokale 2',
      'Booket',
      'Venteliste nr. 1',
      '4.500 kr.',
      '9.000 kr.',
      'af 20.000 kr. · 11.000 kr. tilbage',
      '21 t',
      'Status på kurset; hvad virker, hvad gør vi nu?',
      'Noter fra udviklingssamtalen',
      'Dato og underskrift',
      `Side 1 af ${pages}`,
      `Side ${pages} af ${pages}`,
      'Udskrevet ',
    ]) {
      expect(text).toContain(expected);
    }
    // Compressed for real: the page streams are deflated.
    expect(res.body.toString('latin1')).toContain('/FlateDecode');
  });

  it('gives the manager above the same PDF; another leader and HR get 404', async () => {
    const byManager = await download(manager, `/api/plans/${plan.id}/pdf`);
    expect(byManager.status).toBe(200);
    expect(pdfText(byManager.body)).toContain('Camilla Nørgaard');

    for (const who of [otherLeader, hr]) {
      for (const path of [`/api/plans/${plan.id}/pdf`, `/api/plans/${plan.id}/calendar.ics`]) {
        const res = await download(who, path);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(JSON.parse(res.body.toString('utf8')).message).toBe('Planen findes ikke.');
      }
    }
    expect((await download(null, `/api/plans/${plan.id}/pdf`)).status).toBe(401);
    expect((await download(leader, '/api/plans/not-a-uuid/pdf')).status).toBe(404);
  });

  it('writes the booked and waiting sessions and the follow-up as all-day iCalendar events', async () => {
    const res = await download(leader, `/api/plans/${plan.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`udviklingsplan-camilla-nørgaard-${iso(0)}.ics`)}`,
    );
    const ics = res.body.toString('utf8');

    // CRLF everywhere, no line over 75 octets, every physical line whole UTF-8.
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let from = 0;
    for (;;) {
      const at = res.body.indexOf('\r\n', from);
      if (at < 0) break;
      const line = res.body.subarray(from, at);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      from = at + 2;
    }

    const lines = unfold(ics).split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Ikast-Brande Kommune//Lederløft//DA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Udviklingsplan – Camilla Nørgaard',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);

    const [booked, waiting] = plan.items.filter((i) => i.kind === 'offer');
    expect(booked.booking?.status).toBe('booked');
    expect(waiting.booking).toMatchObject({ status: 'waiting', queuePosition: 1 });
    const stamp = expect.stringMatching(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const description = (seat: string) =>
      `DESCRIPTION:Fra udviklingsplanen "Min udviklingsplan".\\n${seat}\\nAnbefalet af HR\\; tag gerne en kollega med.`;
    expect(eventWith(ics, `${booked.id}@lederloeft`)).toEqual([
      'BEGIN:VEVENT',
      `UID:${booked.id}@lederloeft`,
      stamp,
      `DTSTART;VALUE=DATE:${compact(iso(40))}`,
      `DTEND;VALUE=DATE:${compact(iso(42))}`,
      `SUMMARY:${LONG_TITLE.replace(/,/g, '\\,')}`,
      'LOCATION:Ikast Rådhus\\, mødelokale 2',
      description('Pladsen er booket.'),
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]);
    expect(eventWith(ics, `${waiting.id}@lederloeft`)).toEqual([
      'BEGIN:VEVENT',
      `UID:${waiting.id}@lederloeft`,
      stamp,
      `DTSTART;VALUE=DATE:${compact(iso(60))}`,
      `DTEND;VALUE=DATE:${compact(iso(62))}`,
      'SUMMARY:Coaching i grupper (venteliste nr. 1)',
      'LOCATION:Ikast Rådhus\\, mødelokale 2',
      description(
        'På venteliste som nr. 1. Pladsen bookes automatisk\\, når en plads bliver ledig\\; se planen i Lederløft.',
      ),
      'STATUS:TENTATIVE',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]);
    const followUp = plan.followUps[0];
    expect(eventWith(ics, `${followUp.id}@lederloeft`)).toEqual([
      'BEGIN:VEVENT',
      `UID:${followUp.id}@lederloeft`,
      stamp,
      `DTSTART;VALUE=DATE:${compact(iso(100))}`,
      `DTEND;VALUE=DATE:${compact(iso(101))}`,
      `SUMMARY:Opfølgning på udviklingsplan med ${demoAccount('manager').name}`,
      'DESCRIPTION:Fra udviklingsplanen "Min udviklingsplan".\\nStatus på kurset\\; hvad virker\\, hvad gør vi nu?',
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);

    // The long title with æ and ø is folded: its SUMMARY spans several physical lines.
    const raw = ics.split('\r\n');
    const summaryAt = raw.findIndex((l) => l.startsWith('SUMMARY:Modig ledelse'));
    expect(Buffer.byteLength(raw[summaryAt])).toBeGreaterThan(70);
    expect(raw[summaryAt + 1].startsWith(' ')).toBe(true);
    expect(raw[summaryAt + 1]).toContain('fagområder');

    // Same UIDs on the next download: a calendar updates instead of duplicating.
    const again = (await download(manager, `/api/plans/${plan.id}/calendar.ics`)).body.toString(
      'utf8',
    );
    const uids = (s: string) =>
      unfold(s)
        .split('\r\n')
        .filter((l) => l.startsWith('UID:'));
    expect(uids(again)).toEqual(uids(ics));
  });

  it('leaves out the sessions and follow-ups of a cancelled plan', async () => {
    const second = await approvedPlan('Annulleres', [[spareOffer, spareSession]]);
    expect(second.items[0].booking?.status).toBe('booked');
    await ok(
      as(leader)('POST', `/api/plans/${second.id}/follow-ups`, {
        date: iso(90),
        note: 'Kort status',
      }),
    );
    await ok(as(leader)('POST', `/api/plans/${second.id}/cancel`), 200);
    const ics = (await download(leader, `/api/plans/${second.id}/calendar.ics`)).body.toString(
      'utf8',
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toContain('BEGIN:VEVENT');
    const pdf = await download(leader, `/api/plans/${second.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body)).toContain('Annulleret');
  });

  it('exports a plan without items as a valid PDF and an empty calendar', async () => {
    const empty = await ok(
      as(leader)<PlanView>('POST', `/api/leaders/${leader.leaderId}/plans`, {
        ...planFields('Tom kladde'),
        budgetDkk: null,
        hours: null,
      }),
    );
    const pdf = await download(leader, `/api/plans/${empty.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf.body)).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    expect(text).toContain('Kladde');
    expect(text).toContain('Planen har 0 aktiviteter');
    expect(text).toContain('Planen har endnu ingen SMART-mål.');
    expect(text).toContain('Der er endnu ikke aftalt opfølgningsdatoer.');

    const ics = await download(manager, `/api/plans/${empty.id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.body.toString('utf8')).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Ikast-Brande Kommune//Lederløft//DA',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Udviklingsplan – Camilla Nørgaard',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
});
