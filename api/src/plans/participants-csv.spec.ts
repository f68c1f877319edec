import type { SessionParticipantList } from '@lederloeft/contracts';
import { participantsCsv } from './seats.service';

const list = (names: string[]): SessionParticipantList => ({
  offer: { id: 'o', code: 'DIL-1', title: 'Kursus' },
  session: {
    id: 's',
    startDate: '2027-03-01',
    endDate: '2027-03-02',
    place: 'Ikast',
    capacity: 1,
    seatsTaken: 1,
    waitingList: names.length - 1,
  },
  participants: names.map((name, i) => ({
    bookingId: `b${i}`,
    status: i === 0 ? 'booked' : 'waiting',
    queuePosition: i === 0 ? null : i,
    leader: { id: `l${i}`, name, email: `l${i}@x.dk`, title: 'Leder' },
    orgUnit: { id: 'u', name: 'Skoler; Ikast' },
    planId: 'p',
    // 23:30 UTC is already the next day in Denmark.
    requestedAt: '2027-01-04T23:30:00.000Z',
  })),
});

describe('participantsCsv', () => {
  it('writes Danish Excel CSV: BOM, semicolons, CRLF, quoted fields, dd-mm-åååå in Danish time', () => {
    const bytes = participantsCsv(list(['Åse "Søs" Ørum', 'Bo Æbelø']));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Status;Plads på venteliste;Navn;E-mail;Stilling;Enhed;Tilmeldt\r\n' +
        'Tilmeldt;;"Åse ""Søs"" Ørum";l0@x.dk;Leder;"Skoler; Ikast";05-01-2027\r\n' +
        'Venteliste;1;Bo Æbelø;l1@x.dk;Leder;"Skoler; Ikast";05-01-2027\r\n',
    );
  });

  it('writes only the header when nobody has a seat', () => {
    expect(participantsCsv(list([])).subarray(3).toString('utf8')).toBe(
      'Status;Plads på venteliste;Navn;E-mail;Stilling;Enhed;Tilmeldt\r\n',
    );
  });
});
