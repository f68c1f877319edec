import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import type { CompetencyView, EffectStrength, OfferEffect } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { STRENGTH_LABELS } from '../data-access/offer-format';

const STRENGTHS: readonly EffectStrength[] = ['none', 'some', 'strong'];

/** Sets one competency's strength; `none` removes its effect (and its behaviours). */
export function withStrength(
  effects: readonly OfferEffect[],
  competencyKey: string,
  strength: EffectStrength,
  order: readonly string[],
): OfferEffect[] {
  const current = effects.find((effect) => effect.competencyKey === competencyKey);
  const others = effects.filter((effect) => effect.competencyKey !== competencyKey);
  const next =
    strength === 'none'
      ? others
      : [...others, { competencyKey, strength, behaviourKeys: current?.behaviourKeys ?? [] }];
  return next.sort((a, b) => order.indexOf(a.competencyKey) - order.indexOf(b.competencyKey));
}

/** Ticks or unticks a behaviour of a competency that has an effect. */
export function withBehaviour(
  effects: readonly OfferEffect[],
  competencyKey: string,
  behaviourKey: string,
  on: boolean,
  order: readonly string[],
): OfferEffect[] {
  return effects.map((effect) => {
    if (effect.competencyKey !== competencyKey) {
      return effect;
    }
    const keys = effect.behaviourKeys.filter((key) => key !== behaviourKey);
    const all = on ? [...keys, behaviourKey] : keys;
    return {
      ...effect,
      behaviourKeys: all.sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    };
  });
}

/**
 * The offer's effect on the four competencies, quick to set: one row per competency with a
 * segmented choice Ingen / Noget / Stærk (real radio buttons), and, for a competency with an
 * effect, a checklist of its behaviours.
 */
@Component({
  selector: 'll-effects-grid',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './effects-grid.scss',
  template: `
    <div class="effects" data-testid="effects-grid">
      @for (row of rows(); track row.key) {
        <div class="effects__row" [class.effects__row--on]="row.strength !== 'none'">
          <fieldset class="effects__strength">
            <legend class="effects__name">{{ row.title }}</legend>
            <div class="segmented">
              @for (option of row.options; track option.strength) {
                <input
                  type="radio"
                  class="segmented__input"
                  [id]="option.id"
                  [name]="'effect-' + row.key"
                  [value]="option.strength"
                  [checked]="option.checked"
                  (change)="setStrength(row.key, option.strength)"
                />
                <label class="segmented__option" [for]="option.id">
                  <svg class="segmented__tick" aria-hidden="true" viewBox="0 0 24 24">
                    <path d="M5 12l5 5 9-10" fill="none" stroke="currentColor" stroke-width="3" />
                  </svg>
                  {{ option.label }}
                </label>
              }
            </div>
          </fieldset>
          @if (row.strength !== 'none') {
            <fieldset class="effects__behaviours">
              <legend>
                {{ 'catalogue.editor.effects.behaviours' | t: { count: row.selected } }}
              </legend>
              <ul>
                @for (behaviour of row.behaviours; track behaviour.key) {
                  <li>
                    <input
                      #box
                      type="checkbox"
                      [id]="behaviour.id"
                      [checked]="behaviour.checked"
                      (change)="toggle(row.key, behaviour.key, box.checked)"
                    />
                    <label [for]="behaviour.id">{{ behaviour.text }}</label>
                  </li>
                }
              </ul>
            </fieldset>
          }
        </div>
      }
    </div>
  `,
})
export class EffectsGrid {
  readonly competencies = input.required<readonly CompetencyView[]>();
  readonly effects = model.required<OfferEffect[]>();

  private readonly language = inject(LanguageService);
  private readonly order = computed(() => this.competencies().map((c) => c.key));
  private readonly behaviourOrder = computed(() =>
    this.competencies().flatMap((c) => c.behaviours.map((b) => b.key)),
  );

  protected readonly rows = computed(() =>
    this.competencies().map((competency) => {
      const effect = this.effects().find((e) => e.competencyKey === competency.key);
      const strength: EffectStrength = effect?.strength ?? 'none';
      const chosen = new Set(effect?.behaviourKeys ?? []);
      return {
        key: competency.key,
        title: this.language.pick(competency.title),
        strength,
        selected: competency.behaviours.filter((b) => chosen.has(b.key)).length,
        options: STRENGTHS.map((option) => ({
          strength: option,
          id: `effect-${competency.key}-${option}`,
          label: this.language.t(STRENGTH_LABELS[option]),
          checked: option === strength,
        })),
        behaviours: competency.behaviours.map((behaviour) => ({
          key: behaviour.key,
          id: `behaviour-${behaviour.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`,
          text: this.language.pick(behaviour.text),
          checked: chosen.has(behaviour.key),
        })),
      };
    }),
  );

  protected setStrength(competencyKey: string, strength: EffectStrength): void {
    this.effects.update((effects) => withStrength(effects, competencyKey, strength, this.order()));
  }

  protected toggle(competencyKey: string, behaviourKey: string, on: boolean): void {
    this.effects.update((effects) =>
      withBehaviour(effects, competencyKey, behaviourKey, on, this.behaviourOrder()),
    );
  }
}
