import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PRIORITY_WEIGHT_MAX } from '@lederloeft/contracts';

/** One bar: a competency's title, its weight and the weight as the reader's language writes it. */
export interface PriorityBar {
  key: string;
  label: string;
  weight: number;
  weightText: string;
}

/**
 * The weights as horizontal bars. The bars are decoration; each row also says its title and
 * weight in text, so screen readers and high-contrast modes lose nothing.
 */
@Component({
  selector: 'll-priority-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="prio-chart" data-testid="priority-chart">
      <figcaption class="prio-chart__caption">{{ caption() }}</figcaption>
      <ul class="prio-chart__rows">
        @for (bar of bars(); track bar.key) {
          <li class="prio-chart__row">
            <span class="prio-chart__label">{{ bar.label }}</span>
            <span class="prio-chart__track" aria-hidden="true">
              <span class="prio-chart__bar" [style.width.%]="(bar.weight / max) * 100"></span>
              <span class="prio-chart__one" [style.left.%]="(1 / max) * 100"></span>
            </span>
            <span class="prio-chart__value">{{ bar.weightText }}</span>
          </li>
        }
      </ul>
    </figure>
  `,
  styles: `
    .prio-chart {
      margin: 0;
    }
    .prio-chart__caption {
      font: var(--mat-sys-title-small);
      margin-bottom: 0.75rem;
    }
    .prio-chart__rows {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .prio-chart__row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 2.5rem;
      grid-template-areas:
        'label label'
        'track value';
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .prio-chart__label {
      grid-area: label;
    }
    .prio-chart__value {
      grid-area: value;
    }
    .prio-chart__track {
      grid-area: track;
      display: block;
      position: relative;
      height: 1rem;
      border-radius: 0.25rem;
      background: var(--mat-sys-surface-container-high);
      outline: 1px solid var(--mat-sys-outline-variant);
    }
    .prio-chart__bar {
      display: block;
      position: absolute;
      inset: 0 auto 0 0;
      border-radius: 0.25rem;
      background: var(--mat-sys-primary);
      transition: width 150ms ease-out;
    }
    .prio-chart__one {
      display: block;
      position: absolute;
      top: -0.2rem;
      bottom: -0.2rem;
      width: 2px;
      background: var(--mat-sys-on-surface);
    }
    .prio-chart__value {
      font-variant-numeric: tabular-nums;
      text-align: right;
    }
    @media (prefers-reduced-motion: reduce) {
      .prio-chart__bar {
        transition: none;
      }
    }
  `,
})
export class PriorityChart {
  readonly bars = input.required<readonly PriorityBar[]>();
  readonly caption = input.required<string>();
  protected readonly max = PRIORITY_WEIGHT_MAX;
}
