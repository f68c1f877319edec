import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { formatDateTime } from './plan-format';
import { PlanPageStore } from './plan-page-store';

/** The plan's history (who did what, when), folded away until asked for; loaded then. */
@Component({
  selector: 'll-plan-history-section',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-history-section.html',
  styleUrl: './plan-history-section.scss',
})
export class PlanHistorySection {
  protected readonly store = inject(PlanPageStore);
  protected readonly open = signal(false);
  protected readonly formatDateTime = formatDateTime;

  protected toggle(): void {
    const open = !this.open();
    this.open.set(open);
    if (open && this.store.historyStatus() !== 'loaded') this.store.loadHistory();
  }
}
