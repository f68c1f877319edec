import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionParticipant, SessionParticipantList } from '@lederloeft/contracts';
import { participantsUrl } from '../../plans/data-access/plans-api';
import { settle } from '../../testing/settle';
import { ParticipantsPage } from './participants-page';

const person = (
  n: number,
  status: SessionParticipant['status'],
  queuePosition: number | null,
  requestedAt: string,
): SessionParticipant => ({
  bookingId: `booking-${n}`,
  status,
  queuePosition,
  leader: {
    id: `leader-${n}`,
    name: ['Sofie Lindberg', 'Marie Fog', 'Kasper Juhl', 'Bo Laursen'][n - 1],
    email: `leder${n}@ikast-brande.dk`,
    title: 'Teamleder',
  },
  orgUnit: { id: `unit-${n}`, name: `Team ${n}` },
  planId: `plan-${n}`,
  requestedAt,
});

const LIST: SessionParticipantList = {
  offer: { id: 'offer-1', code: 'IBK-INNO-01', title: 'Innovationslaboratoriet' },
  session: {
    id: 'session-1',
    startDate: '2027-01-25',
    endDate: '2027-01-26',
    place: 'Ikast Rådhus',
    capacity: 18,
    seatsTaken: 18,
    waitingList: 6,
  },
  participants: [
    person(1, 'booked', null, '2026-09-28T10:20:00.000Z'),
    // 23:30 UTC is already the next day in Denmark.
    person(2, 'booked', null, '2026-10-12T23:30:00.000Z'),
    person(3, 'waiting', 1, '2026-10-13T08:40:00.000Z'),
    person(4, 'waiting', 2, '2026-11-02T09:00:00.000Z'),
  ],
};

describe('ParticipantsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ParticipantsPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ParticipantsPage);
    fixture.componentRef.setInput('offerId', 'offer-1');
    fixture.componentRef.setInput('sessionId', 'session-1');
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const text = (node: Element | null | undefined) =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = (testId: string) =>
    Array.from(element.querySelectorAll(`[data-testid="${testId}"] tbody tr`)).map((row) =>
      Array.from(row.children).map(text),
    );

  async function answer(list: SessionParticipantList): Promise<void> {
    http.expectOne(participantsUrl('offer-1', 'session-1')).flush(list);
    await settle(fixture);
  }

  it('says it is loading, in a live region', () => {
    expect(text(element.querySelector('[role="status"]'))).toBe('Henter oplysningerne…');
    http.expectOne(participantsUrl('offer-1', 'session-1')).flush(LIST);
  });

  it('shows the session, the booked leaders and the waiting list in order (no plan links: HR does not read plans)', async () => {
    await answer(LIST);
    expect(text(element.querySelector('h1'))).toBe('Deltagere: Innovationslaboratoriet');
    const facts = Array.from(
      element.querySelectorAll('[data-testid="participants-session"] > div'),
    ).map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(facts).toEqual([
      ['Dato', '25-01-2027 – 26-01-2027'],
      ['Sted', 'Ikast Rådhus'],
      ['Pladser', '18'],
      ['Optagne pladser', '18'],
      ['På venteliste', '6'],
    ]);
    expect(text(element.querySelector('[data-testid="participants-counts"]'))).toContain(
      '2 tilmeldt og 2 på venteliste via Lederløft.',
    );
    expect(rows('participants-booked')).toEqual([
      ['Sofie Lindberg', 'Teamleder', 'Team 1', 'leder1@ikast-brande.dk', '28-09-2026'],
      ['Marie Fog', 'Teamleder', 'Team 2', 'leder2@ikast-brande.dk', '13-10-2026'],
    ]);
    expect(rows('participants-waiting')).toEqual([
      ['1', 'Kasper Juhl', 'Teamleder', 'Team 3', 'leder3@ikast-brande.dk', '13-10-2026'],
      ['2', 'Bo Laursen', 'Teamleder', 'Team 4', 'leder4@ikast-brande.dk', '02-11-2026'],
    ]);
    expect(element.querySelector('a[href^="/planer/"]')).toBeNull();
    expect(
      element
        .querySelector('[data-testid="participants-booked"] a[href^="mailto:"]')
        ?.getAttribute('href'),
    ).toBe('mailto:leder1@ikast-brande.dk');
    const headers = Array.from(
      element.querySelectorAll('[data-testid="participants-waiting"] thead th'),
    ).map(text);
    expect(headers).toEqual(['Nr.', 'Navn', 'Stilling', 'Enhed', 'E-mail', 'Tilmeldt']);
  });

  it('links the CSV export of the list', async () => {
    await answer(LIST);
    const csv = element.querySelector<HTMLAnchorElement>('[data-testid="participants-csv"]');
    expect(text(csv)).toBe('Eksportér deltagerliste (CSV)');
    expect(csv?.getAttribute('href')).toBe(
      '/api/offers/offer-1/sessions/session-1/participants.csv',
    );
    expect(csv?.hasAttribute('download')).toBe(true);
  });

  it('says so when nobody is booked or waiting through Lederløft', async () => {
    await answer({ ...LIST, participants: [] });
    expect(element.querySelector('[data-testid="participants-booked"]')).toBeNull();
    expect(text(element.querySelector('[data-testid="participants-booked-empty"]'))).toBe(
      'Ingen ledere har fået plads på holdet via Lederløft endnu.',
    );
    expect(text(element.querySelector('[data-testid="participants-waiting-empty"]'))).toBe(
      'Ingen står på venteliste via Lederløft.',
    );
    expect(Array.from(element.querySelectorAll('h2')).map(text)).toEqual([
      'Holdet',
      'Tilmeldte (0)',
      'Venteliste (0)',
    ]);
  });

  it('says the session does not exist on 404, with a way back to the offer', async () => {
    http
      .expectOne(participantsUrl('offer-1', 'session-1'))
      .flush(
        { statusCode: 404, message: 'Forløbet findes ikke.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(text(element.querySelector('h1'))).toBe('Holdet findes ikke');
    expect(
      element.querySelector('[data-testid="participants-not-found"] a')?.getAttribute('href'),
    ).toBe('/kursuskatalog/offer-1');
  });

  it('offers to try again after an error', async () => {
    http
      .expectOne(participantsUrl('offer-1', 'session-1'))
      .flush('boom', { status: 500, statusText: 'Server Error' });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    (element.querySelector('.ll-state--error button') as HTMLButtonElement).click();
    await answer(LIST);
    expect(rows('participants-booked')).toHaveLength(2);
  });
});
