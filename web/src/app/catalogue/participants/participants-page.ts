import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { SessionParticipant } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { participantsCsvUrl } from '../../plans/data-access/plans-api';
import { formatDate, formatPeriod } from '../data-access/offer-format';
import { ParticipantsStore } from './participants-store';

/** The day in Denmark a seat was asked for (as the CSV export writes it). */
const DANISH_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export interface ParticipantRow {
  id: string;
  position: number | null;
  name: string;
  title: string;
  unit: string;
  email: string;
  requested: string;
}

/**
 * "Deltagere" (HR, administrators): a session of an offer with its counters, the leaders
 * booked through Lederløft, the waiting list in order, and the CSV export for the provider.
 * No links to the plans: HR does not read them (a plan is between leader and managers).
 */
@Component({
  selector: 'll-participants-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, TranslatePipe],
  providers: [ParticipantsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participants-page.html',
  styleUrls: ['../../administration/admin-table.scss', './participants-page.scss'],
})
export class ParticipantsPage {
  /** Route parameters, bound by `withComponentInputBinding()`. */
  readonly offerId = input.required<string>();
  readonly sessionId = input.required<string>();

  protected readonly store = inject(ParticipantsStore);

  protected readonly csvUrl = computed(() => participantsCsvUrl(this.offerId(), this.sessionId()));
  protected readonly period = computed(() => {
    const list = this.store.list();
    return list ? formatPeriod(list.session) : '';
  });
  protected readonly booked = computed(() => this.store.booked().map(toRow));
  protected readonly waiting = computed(() => this.store.waiting().map(toRow));
  /** The two tables: booked in the order they got their seat, then the line in order. */
  protected readonly groups = computed(() => [
    {
      key: 'booked',
      title: 'participants.booked.title' as UiKey,
      caption: 'participants.booked.caption' as UiKey,
      empty: 'participants.booked.empty' as UiKey,
      numbered: false,
      rows: this.booked(),
    },
    {
      key: 'waiting',
      title: 'participants.waiting.title' as UiKey,
      caption: 'participants.waiting.caption' as UiKey,
      empty: 'participants.waiting.empty' as UiKey,
      numbered: true,
      rows: this.waiting(),
    },
  ]);

  constructor() {
    effect(() => this.store.load(this.offerId(), this.sessionId()));
  }

  protected retry(): void {
    this.store.load(this.offerId(), this.sessionId());
  }
}

function toRow(p: SessionParticipant): ParticipantRow {
  return {
    id: p.bookingId,
    position: p.queuePosition,
    name: p.leader.name,
    title: p.leader.title,
    unit: p.orgUnit.name,
    email: p.leader.email,
    requested: formatDate(DANISH_DAY.format(new Date(p.requestedAt))),
  };
}
