import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CompetencyView, OfferListItem } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import {
  FORMAT_LABELS,
  KIND_LABELS,
  formatDate,
  formatNumber,
  formatPrice,
} from '../data-access/offer-format';
import { OfferStatusBadge } from '../offer/offer-status-badge';
import { EffectChips } from './effect-chips';

/** One offer of the search results: what, who, how long, what it costs, when, what it trains. */
@Component({
  selector: 'll-offer-card',
  imports: [RouterLink, TranslatePipe, EffectChips, OfferStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './offer-card.scss',
  template: `
    <article class="ll-card offer-card" data-testid="offer-card">
      <div class="offer-card__head">
        <p class="ll-eyebrow offer-card__kind">{{ kindLabels[item().kind] | t }}</p>
        @if (showStatus()) {
          <ll-offer-status-badge [status]="item().status" />
        }
      </div>
      <h3 class="offer-card__title">
        <a [routerLink]="['/kursuskatalog', item().id]">{{ item().title }}</a>
      </h3>
      <p class="offer-card__provider">
        {{ item().provider }}<span aria-hidden="true"> · </span
        ><span class="ll-visually-hidden">, </span>{{ formatLabels[item().format] | t }}
        @if (item().location; as location) {
          <span aria-hidden="true"> · </span><span class="ll-visually-hidden">, </span
          >{{ location }}
        }
      </p>
      <dl class="offer-card__facts">
        <div>
          <dt>{{ 'catalogue.field.hours' | t }}</dt>
          <dd>{{ hours() }}</dd>
        </div>
        <div>
          <dt>{{ 'catalogue.field.price' | t }}</dt>
          <dd>
            {{ price() }}
            @if (item().priceIsIndicative && item().priceDkk > 0) {
              <span class="offer-card__indicative">{{ 'catalogue.price.indicative' | t }}</span>
            }
          </dd>
        </div>
        @if (item().ects !== null) {
          <div>
            <dt>{{ 'catalogue.field.ects' | t }}</dt>
            <dd>{{ ects() }}</dd>
          </div>
        }
        <div class="offer-card__next">
          <dt>{{ 'catalogue.next.label' | t }}</dt>
          <dd>
            @if (item().onDemand) {
              {{ 'catalogue.next.onDemand' | t }}
            } @else if (item().nextSession; as next) {
              {{ date(next.startDate) }},
              {{ 'catalogue.seats.free' | t: { count: next.freeSeats } }}
              @if (item().openSessionCount > 1) {
                <span class="offer-card__more">
                  ({{ 'catalogue.next.more' | t: { count: item().openSessionCount - 1 } }})
                </span>
              }
            } @else {
              {{ 'catalogue.next.none' | t }}
            }
          </dd>
        </div>
      </dl>
      <ll-effect-chips [effects]="item().effects" [competencies]="competencies()" />
    </article>
  `,
})
export class OfferCard {
  readonly item = input.required<OfferListItem>();
  readonly competencies = input.required<readonly CompetencyView[]>();
  readonly showStatus = input(false);

  private readonly language = inject(LanguageService);
  protected readonly kindLabels = KIND_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;

  protected readonly hours = computed(() =>
    this.language.t('catalogue.hours', {
      count: this.item().hours,
      hours: formatNumber(this.item().hours, this.language.lang()),
    }),
  );
  protected readonly price = computed(() => {
    const item = this.item();
    const price = formatPrice(item.priceDkk, this.language.lang());
    if (item.priceDkk === 0) {
      return this.language.t('catalogue.price.free');
    }
    return `${price} ${this.language.t(
      item.priceIncludesVat ? 'catalogue.price.inclVat' : 'catalogue.price.exclVat',
    )}`;
  });
  protected readonly ects = computed(() =>
    formatNumber(this.item().ects ?? 0, this.language.lang()),
  );

  protected date(iso: string): string {
    return formatDate(iso);
  }
}
