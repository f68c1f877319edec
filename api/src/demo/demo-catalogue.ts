/**
 * The demo course catalogue of Ikast-Brande Kommune: real programme and module names of
 * Diplomuddannelse i ledelse and Den Offentlige Lederuddannelse, and the municipality's own
 * internal offers. Prices are examples (`priceIsIndicative`). Sessions are given relative to
 * the day the demo data is loaded, so that they always lie in the next 12 months.
 * Data only: the seeding code turns it into rows.
 */
import type { CreateOfferRequest, OfferStatus } from '@lederloeft/contracts';

export interface DemoSession {
  /** Months after the load date (0–11) and the day of that month the session starts. */
  monthOffset: number;
  day: number;
  /** Number of consecutive days (1 for a single day). */
  days: number;
  place: string;
  capacity: number;
  /** Registration closes this many days before the start. */
  deadlineDaysBefore: number;
  seatsTaken: number;
  waitingList: number;
}

export interface DemoOffer extends CreateOfferRequest {
  status: OfferStatus;
  sessions: DemoSession[];
}

export const DEMO_OFFERS: readonly DemoOffer[] = [];
