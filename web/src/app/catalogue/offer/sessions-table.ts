import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { OfferSessionView } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { formatDate, formatPeriod, sessionState } from '../data-access/offer-format';

const STATE_LABELS: Readonly<Record<'open' | 'full' | 'closed', UiKey>> = {
  open: 'catalogue.session.state.open',
  full: 'catalogue.session.state.full',
  closed: 'catalogue.session.state.closed',
};

/** The sessions of an offer: when, where, seats, deadline, waiting list, and whether one can sign up. */
@Component({
  selector: 'll-sessions-table',
  imports: [MatButton, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../administration/admin-table.scss', './sessions-table.scss'],
  template: `
    <div
      class="admin-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="'catalogue.sessions.caption' | t"
    >
      <table class="admin-table" data-testid="sessions">
        <caption class="ll-visually-hidden">
          {{
            'catalogue.sessions.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'catalogue.session.dates' | t }}</th>
            <th scope="col">{{ 'catalogue.session.place' | t }}</th>
            <th scope="col" class="admin-table__number">{{ 'catalogue.session.seats' | t }}</th>
            <th scope="col">{{ 'catalogue.session.deadline' | t }}</th>
            <th scope="col" class="admin-table__number">
              {{ 'catalogue.session.waitingList' | t }}
            </th>
            <th scope="col">{{ 'catalogue.session.state' | t }}</th>
            @if (mayManage()) {
              <th scope="col">
                <span class="ll-visually-hidden">{{ 'catalogue.session.actions' | t }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.session.id) {
            <tr>
              <th scope="row" class="sessions__period">{{ row.period }}</th>
              <td>{{ row.session.place }}</td>
              <td class="admin-table__number">
                {{
                  'catalogue.session.seatsOf'
                    | t: { free: row.session.freeSeats, capacity: row.session.capacity }
                }}
              </td>
              <td>{{ row.deadline }}</td>
              <td class="admin-table__number">{{ row.session.waitingList }}</td>
              <td>
                <span class="session-state" [class]="'session-state session-state--' + row.state">
                  {{ stateLabels[row.state] | t }}
                </span>
              </td>
              @if (mayManage()) {
                <td class="sessions__actions">
                  @if (offerId(); as offerId) {
                    <a
                      matButton
                      class="sessions__participants"
                      [routerLink]="[
                        '/kursuskatalog',
                        offerId,
                        'hold',
                        row.session.id,
                        'deltagere',
                      ]"
                      [attr.aria-label]="'participants.linkLabel' | t: { period: row.period }"
                      >{{ 'participants.link' | t }}</a
                    >
                  }
                  <button
                    matButton
                    type="button"
                    [id]="'session-' + row.session.id + '-edit'"
                    [disabled]="busy()"
                    [attr.aria-label]="'catalogue.session.editLabel' | t: { period: row.period }"
                    (click)="edit.emit(row.session)"
                  >
                    {{ 'catalogue.edit' | t }}
                  </button>
                  <button
                    matButton
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="'catalogue.session.deleteLabel' | t: { period: row.period }"
                    (click)="remove.emit(row.session)"
                  >
                    {{ 'catalogue.delete' | t }}
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class SessionsTable {
  readonly sessions = input.required<readonly OfferSessionView[]>();
  readonly mayManage = input(false);
  /** The offer, for the link to each session's participant list (shown with `mayManage`). */
  readonly offerId = input<string | null>(null);
  readonly busy = input(false);
  readonly edit = output<OfferSessionView>();
  readonly remove = output<OfferSessionView>();

  protected readonly stateLabels = STATE_LABELS;
  protected readonly rows = computed(() =>
    this.sessions().map((session) => ({
      session,
      period: formatPeriod(session),
      deadline: formatDate(session.registrationDeadline),
      state: sessionState(session),
    })),
  );
}
