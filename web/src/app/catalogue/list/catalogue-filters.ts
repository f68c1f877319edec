import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  OFFER_FORMATS,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  OFFER_STATUSES,
  type CompetencyView,
  type LeaderLevelView,
  type OfferSearchQuery,
} from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import {
  FORMAT_LABELS,
  KIND_LABELS,
  LANGUAGE_LABELS,
  STATUS_LABELS,
  parseDecimal,
} from '../data-access/offer-format';

type PriceBound = 'priceMin' | 'priceMax';

/**
 * The catalogue's filters. Each change applies at once (the page puts it in the address);
 * the price fields apply when left, and only with a valid amount.
 */
@Component({
  selector: 'll-catalogue-filters',
  imports: [MatButton, MatFormField, MatInput, MatLabel, LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './catalogue-filters.scss',
  templateUrl: './catalogue-filters.html',
})
export class CatalogueFilters {
  readonly query = input.required<OfferSearchQuery>();
  readonly competencies = input.required<readonly CompetencyView[]>();
  readonly levels = input.required<readonly LeaderLevelView[]>();
  /** HR and administrators also filter on status. */
  readonly mayManage = input(false);
  readonly changed = output<Partial<OfferSearchQuery>>();
  readonly resetAll = output<void>();

  private readonly language = inject(LanguageService);
  protected readonly kinds = OFFER_KINDS;
  protected readonly formats = OFFER_FORMATS;
  protected readonly languages = OFFER_LANGUAGES;
  protected readonly statuses = OFFER_STATUSES;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly languageLabels = LANGUAGE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly priceProblem = signal<Partial<Record<PriceBound, boolean>>>({});
  protected readonly priceMinText = computed(() => this.amountText(this.query().priceMin));
  protected readonly priceMaxText = computed(() => this.amountText(this.query().priceMax));

  /** Sets (or, with an empty value, clears) one filter. */
  protected set(name: keyof OfferSearchQuery, value: string): void {
    this.changed.emit({ [name]: value === '' ? undefined : value });
  }

  protected setPrice(name: PriceBound, raw: string): void {
    const value = parseDecimal(raw);
    const invalid = value !== null && (Number.isNaN(value) || value < 0);
    this.priceProblem.update((problems) => ({ ...problems, [name]: invalid }));
    if (!invalid && value !== (this.query()[name] ?? null)) {
      this.changed.emit({ [name]: value ?? undefined });
    }
  }

  private amountText(value: number | undefined): string {
    return value === undefined
      ? ''
      : new Intl.NumberFormat(this.language.lang() === 'da' ? 'da-DK' : 'en-GB').format(value);
  }
}
