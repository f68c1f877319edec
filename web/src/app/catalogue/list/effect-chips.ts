import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CompetencyView, OfferEffect } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { STRENGTH_LABELS } from '../data-access/offer-format';

/**
 * What an offer trains, as chips: "Stærk · Ledelse med handlekraft". Strong and some differ
 * by word and mark (two dots or one), not only by colour.
 */
@Component({
  selector: 'll-effect-chips',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chips().length) {
      <ul class="effect-chips" [attr.aria-label]="'catalogue.effects.label' | t">
        @for (chip of chips(); track chip.key) {
          <li class="effect-chip" [class.effect-chip--strong]="chip.strong">
            <span class="effect-chip__mark" aria-hidden="true">{{
              chip.strong ? '●●' : '●○'
            }}</span>
            <span class="effect-chip__strength">{{ chip.strength }}</span>
            <span aria-hidden="true">·</span>
            <span class="ll-visually-hidden">:</span>
            {{ chip.title }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .effect-chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .effect-chip {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 999px;
      background: var(--mat-sys-surface-container-lowest);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
    }

    .effect-chip--strong {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .effect-chip__mark {
      letter-spacing: -0.1em;
      font-size: 0.75rem;
    }

    .effect-chip__strength {
      font-weight: 700;
    }
  `,
})
export class EffectChips {
  readonly effects = input.required<readonly OfferEffect[]>();
  readonly competencies = input.required<readonly CompetencyView[]>();

  private readonly language = inject(LanguageService);

  protected readonly chips = computed(() => {
    const order = this.competencies().map((c) => c.key);
    return [...this.effects()]
      .sort(
        (a, b) =>
          Number(b.strength === 'strong') - Number(a.strength === 'strong') ||
          order.indexOf(a.competencyKey) - order.indexOf(b.competencyKey),
      )
      .map((effect) => {
        const competency = this.competencies().find((c) => c.key === effect.competencyKey);
        return {
          key: effect.competencyKey,
          strong: effect.strength === 'strong',
          strength: this.language.t(STRENGTH_LABELS[effect.strength]),
          title: competency ? this.language.pick(competency.title) : effect.competencyKey,
        };
      });
  });
}
