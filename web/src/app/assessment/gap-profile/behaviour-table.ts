import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import type {
  AssessmentSource,
  BehaviourGapView,
  LocalInterpretationView,
} from '@lederloeft/contracts';
import { InterpretationsStore } from '../../framework/data-access/interpretations-store';
import { LocalInterpretationNote } from '../../framework/interpretation/local-interpretation-note';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { GapProfileStore } from '../data-access/gap-profile-store';
import { SOURCE_NAMES, blindSpotShort, levelText, sourceText } from './gap-format';

interface BehaviourRow {
  key: string;
  text: string;
  levels: string[];
  combined: string;
  blindSpot: string | null;
  interpretations: readonly LocalInterpretationView[];
}

/**
 * The behaviours of one competency: the level from each source, combined, and blind spots. On
 * the signed-in leader's own profile, each behaviour also shows their units' interpretations.
 */
@Component({
  selector: 'll-behaviour-table',
  imports: [TranslatePipe, LocalInterpretationNote],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="behaviour-table" role="region" tabindex="0" [attr.aria-label]="caption()">
      <table>
        <caption class="ll-visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'gapProfile.behaviours.behaviour' | t }}</th>
            @for (source of columns(); track source) {
              <th scope="col" class="behaviour-table__number">{{ sourceName(source) }}</th>
            }
            <th scope="col" class="behaviour-table__number">{{ 'gapProfile.combined' | t }}</th>
            <th scope="col">{{ 'gapProfile.blindSpot' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              <th scope="row">
                {{ row.text }}
                @for (note of row.interpretations; track note.orgUnit.id) {
                  <ll-local-interpretation-note [interpretation]="note" [compact]="true" />
                }
              </th>
              @for (level of row.levels; track $index) {
                <td class="behaviour-table__number">{{ level }}</td>
              }
              <td class="behaviour-table__number behaviour-table__combined">{{ row.combined }}</td>
              <td>
                @if (row.blindSpot) {
                  <span class="behaviour-table__blind-spot">
                    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
                      <path d="M8 1.5L15 14H1z" fill="currentColor" />
                    </svg>
                    {{ row.blindSpot }}
                  </span>
                } @else {
                  <span aria-hidden="true">–</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .behaviour-table {
      overflow-x: auto;
      margin-top: 0.75rem;
    }

    table {
      width: 100%;
      min-width: 36rem;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }

    th,
    td {
      padding: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }

    thead th {
      font: var(--mat-sys-label-large);
    }

    tbody th {
      font-weight: 400;
      min-width: 14rem;
    }

    @media (max-width: 720px) {
      table {
        min-width: 32rem;
      }

      tbody th {
        min-width: 10rem;
      }
    }

    .behaviour-table__number {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }

    .behaviour-table__combined {
      font-weight: 700;
    }

    .behaviour-table__blind-spot {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      color: #62346f;
      font-weight: 700;
      white-space: nowrap;
    }
  `,
})
export class BehaviourTable {
  readonly behaviours = input.required<readonly BehaviourGapView[]>();
  /** Behaviour key → text; the key is shown when a text is missing. */
  readonly texts = input.required<ReadonlyMap<string, string>>();
  readonly title = input.required<string>();
  readonly sources = input.required<readonly AssessmentSource[]>();

  private readonly language = inject(LanguageService);
  /** Present when the table is part of a loaded gap profile (GapProfilePanel provides it). */
  private readonly profileStore = inject(GapProfileStore, { optional: true });
  private readonly interpretationStore = this.profileStore ? inject(InterpretationsStore) : null;
  /** Interpretations only on the signed-in leader's own profile. */
  private readonly ownProfile = computed(() => {
    const leaderId = this.interpretationStore?.leaderId();
    return !!leaderId && this.profileStore?.profile()?.leaderId === leaderId;
  });

  protected readonly caption = computed(() =>
    this.language.t('gapProfile.behaviours.caption', { title: this.title() }),
  );
  /** Only the sources that say something about behaviours (the survey is per competency). */
  protected readonly columns = computed(() =>
    this.sources().filter((source) => this.behaviours().some((b) => b.observed[source])),
  );
  protected readonly rows = computed<BehaviourRow[]>(() =>
    this.behaviours().map((behaviour) => ({
      key: behaviour.key,
      text: this.texts().get(behaviour.key) ?? behaviour.key,
      levels: this.columns().map((source) => sourceText(behaviour.observed[source], this.language)),
      combined: levelText(behaviour.combined, this.language),
      blindSpot: behaviour.blindSpot ? blindSpotShort(behaviour.blindSpot, this.language) : null,
      interpretations:
        this.ownProfile() && this.interpretationStore
          ? this.interpretationStore.forElement(behaviour.key)
          : [],
    })),
  );

  constructor() {
    effect(() => {
      if (this.ownProfile()) {
        this.interpretationStore?.load();
      }
    });
  }

  protected sourceName(source: AssessmentSource): string {
    return this.language.t(SOURCE_NAMES[source]);
  }
}
