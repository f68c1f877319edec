import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { OfferStatus } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { STATUS_LABELS } from '../data-access/offer-format';

/** An offer's status for HR: the word, with its own border style (not colour alone). */
@Component({
  selector: 'll-offer-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status-badge" [class]="'status-badge status-badge--' + status()"
    ><span class="ll-visually-hidden">{{ 'catalogue.status.label' | t }}: </span
    >{{ labels[status()] | t }}</span
  >`,
  styles: `
    .status-badge {
      display: inline-block;
      padding: 0 0.625rem;
      border: 1px solid currentColor;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-large);
      font-weight: 700;
      white-space: nowrap;
    }

    .status-badge--draft {
      border-style: dashed;
      color: #7a4a00;
      background: #fff4e0;
    }

    .status-badge--published {
      color: #1b5e20;
      background: #e3f4e4;
    }

    .status-badge--archived {
      border-style: dotted;
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class OfferStatusBadge {
  readonly status = input.required<OfferStatus>();
  protected readonly labels = STATUS_LABELS;
}
