import type { PlanView } from '@lederloeft/contracts';
import { type IcsAllDayEvent, type IcsCalendar, writeCalendar } from './ics-writer';

export const CALENDAR_PRODID = '-//Ikast-Brande Kommune//Lederløft//DA';

export interface PlanCalendarInput {
  plan: PlanView;
  leaderName: string;
  /** The direct manager's name; null at the top of the organisation. */
  managerName: string | null;
  generatedAt: Date;
}

/** The UID of an export event: stable across exports, so calendars update rather than duplicate. */
export const eventUid = (id: string) => `${id}@lederloeft`;

/**
 * The plan's dates as calendar events: every session the leader has a seat on (or waits
 * for: tentative, with the place in line), and every follow-up date with the manager.
 * Sessions without a live booking (a draft, a given-up seat) are left out; so are the
 * follow-ups of a cancelled plan.
 */
export function planCalendarEvents(input: PlanCalendarInput): IcsAllDayEvent[] {
  const { plan } = input;
  const sessions = plan.items.flatMap((item): IcsAllDayEvent[] => {
    if (!item.session || !item.booking) return [];
    const waiting = item.booking.status === 'waiting';
    if (!waiting && item.booking.status !== 'booked') return [];
    const title = item.offerTitle ?? item.text;
    const place = item.booking.queuePosition;
    return [
      {
        // The item, not the booking: moving up from the waiting list keeps the same event.
        uid: eventUid(item.id),
        startDate: item.session.startDate,
        endDate: item.session.endDate,
        summary: waiting ? `${title} (venteliste nr. ${place ?? '?'})` : title,
        location: item.session.place,
        description: [
          `Fra udviklingsplanen "${plan.title}".`,
          waiting
            ? `På venteliste som nr. ${place ?? '?'}. Pladsen bookes automatisk, når en plads bliver ledig; se planen i Lederløft.`
            : 'Pladsen er booket.',
          ...(item.kind === 'offer' && item.text ? [item.text] : []),
        ].join('\n'),
        status: waiting ? 'TENTATIVE' : 'CONFIRMED',
        transparency: 'OPAQUE',
      },
    ];
  });
  const followUps =
    plan.status === 'cancelled'
      ? []
      : plan.followUps.map(
          (f): IcsAllDayEvent => ({
            uid: eventUid(f.id),
            startDate: f.date,
            endDate: f.date,
            summary: input.managerName
              ? `Opfølgning på udviklingsplan med ${input.managerName}`
              : 'Opfølgning på udviklingsplan',
            description: [
              `Fra udviklingsplanen "${plan.title}".`,
              ...(f.note ? [f.note] : []),
            ].join('\n'),
            status: 'CONFIRMED',
            // A reminder of the day, not a day-long meeting: it does not block the calendar.
            transparency: 'TRANSPARENT',
          }),
        );
  return [...sessions, ...followUps].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.uid.localeCompare(b.uid),
  );
}

/** The whole .ics file. */
export function planCalendar(input: PlanCalendarInput): string {
  const calendar: IcsCalendar = {
    prodId: CALENDAR_PRODID,
    name: `Udviklingsplan – ${input.leaderName}`,
    stamp: input.generatedAt,
    events: planCalendarEvents(input),
  };
  return writeCalendar(calendar);
}
