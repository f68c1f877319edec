import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { GapStatusView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { statusText } from './gap-format';

/** The status of a competency as an icon and words ("Gab på 0,4"), never colour alone. */
@Component({
  selector: 'll-gap-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="gap-badge" [class]="'gap-badge--' + status()" data-testid="gap-status">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
        @switch (status()) {
          @case ('met') {
            <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2.2" />
          }
          @case ('gap') {
            <path d="M8 13L2.5 4h11z" fill="currentColor" />
          }
          @case ('no-target') {
            <path d="M3.5 8h9" stroke="currentColor" stroke-width="2.2" />
          }
          @default {
            <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="2" />
          }
        }
      </svg>
      {{ text() }}
    </span>
  `,
  styles: `
    .gap-badge {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      font-weight: 700;
      white-space: nowrap;
    }

    /* Text colours are 6.8:1 or more on their tints. */
    .gap-badge--met {
      background: #e3f4e4;
      color: #1b5e20;
    }

    .gap-badge--gap {
      background: #fff1e0;
      color: #7a3e00;
    }

    .gap-badge--no-target,
    .gap-badge--no-evidence {
      background: #eceef0;
      color: #41484d;
    }
  `,
})
export class GapStatusBadge {
  readonly status = input.required<GapStatusView>();
  readonly gap = input<number | null>(null);

  private readonly language = inject(LanguageService);
  protected readonly text = computed(() => statusText(this.status(), this.gap(), this.language));
}
