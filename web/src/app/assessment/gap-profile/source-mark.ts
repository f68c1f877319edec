import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AssessmentSource } from '@lederloeft/contracts';

/**
 * Each source has its own shape as well as its own colour, so the chart can be read without
 * telling colours apart. Every colour is at least 6:1 against white and the light track.
 */
export const SOURCE_COLOURS: Readonly<Record<AssessmentSource, string>> = {
  self: '#7c4c88',
  manager: '#9c4400',
  employees: '#1b6e20',
  survey: '#3f3fa0',
};

/** The marker of a source: circle, square, triangle or diamond (decorative: aria-hidden). */
@Component({
  selector: 'll-source-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', class: 'll-source-mark' },
  template: `
    <svg viewBox="0 0 14 14" [attr.width]="size()" [attr.height]="size()" focusable="false">
      @switch (source()) {
        @case ('self') {
          <circle cx="7" cy="7" r="5.5" [attr.fill]="colour()" stroke="#fff" stroke-width="1.5" />
        }
        @case ('manager') {
          <rect
            x="1.5"
            y="1.5"
            width="11"
            height="11"
            [attr.fill]="colour()"
            stroke="#fff"
            stroke-width="1.5"
          />
        }
        @case ('employees') {
          <polygon
            points="7,1 13,12.5 1,12.5"
            [attr.fill]="colour()"
            stroke="#fff"
            stroke-width="1.5"
          />
        }
        @default {
          <polygon
            points="7,0.5 13.5,7 7,13.5 0.5,7"
            [attr.fill]="colour()"
            stroke="#fff"
            stroke-width="1.5"
          />
        }
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
  `,
})
export class SourceMark {
  readonly source = input.required<AssessmentSource>();
  readonly size = input(14);

  protected colour(): string {
    return SOURCE_COLOURS[this.source()];
  }
}
