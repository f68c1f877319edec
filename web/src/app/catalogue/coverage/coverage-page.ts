import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { CoverageStore } from '../data-access/coverage-store';
import { formatDate } from '../data-access/offer-format';
import { CoverageChart, type CoverageBar } from './coverage-chart';

export interface BehaviourRow {
  key: string;
  text: string;
  offers: number;
  freeSeats: number;
  covered: boolean;
}

/**
 * "Dækning" (HR, administrators, directors): how many published offers train each
 * competency and behaviour, and how many free seats there are in the next 12 months.
 * Behaviours without any offer come first, as "Ikke dækket".
 */
@Component({
  selector: 'll-coverage-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, TranslatePipe, CoverageChart],
  providers: [CoverageStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './coverage-page.html',
  styleUrls: ['../../administration/admin-table.scss', './coverage-page.scss'],
})
export class CoveragePage {
  protected readonly store = inject(CoverageStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);

  protected readonly loadStatus = computed(() => {
    const framework = this.framework.status();
    if (this.store.status() === 'error' || framework === 'error' || framework === 'empty') {
      return 'error';
    }
    return this.store.status() === 'loaded' && framework === 'loaded' ? 'loaded' : 'loading';
  });

  protected readonly window = computed(() => {
    const coverage = this.store.coverage();
    return coverage ? { from: formatDate(coverage.from), to: formatDate(coverage.to) } : null;
  });

  /** Each competency with its figures and its behaviours (framework order, texts looked up). */
  protected readonly competencies = computed(() => {
    const coverage = this.store.coverage();
    if (!coverage) {
      return [];
    }
    const order = this.framework.competencies().map((c) => c.key);
    return [...coverage.competencies]
      .sort((a, b) => order.indexOf(a.competencyKey) - order.indexOf(b.competencyKey))
      .map((item) => {
        const competency = this.framework.competency(item.competencyKey);
        const behaviourOrder = competency?.behaviours.map((b) => b.key) ?? [];
        const behaviours: BehaviourRow[] = [...item.behaviours]
          .sort(
            (a, b) =>
              behaviourOrder.indexOf(a.behaviourKey) - behaviourOrder.indexOf(b.behaviourKey),
          )
          .map((row) => {
            const behaviour = competency?.behaviours.find((b) => b.key === row.behaviourKey);
            return {
              key: row.behaviourKey,
              text: behaviour ? this.language.pick(behaviour.text) : row.behaviourKey,
              offers: row.offers,
              freeSeats: row.freeSeats,
              covered: row.offers > 0,
            };
          });
        return {
          ...item,
          title: competency ? this.language.pick(competency.title) : item.competencyKey,
          behaviours,
          uncovered: behaviours.filter((row) => !row.covered),
        };
      });
  });

  protected readonly uncoveredCount = computed(() =>
    this.competencies().reduce((sum, competency) => sum + competency.uncovered.length, 0),
  );

  protected readonly bars = computed<CoverageBar[]>(() =>
    this.competencies().map((competency) => ({
      key: competency.competencyKey,
      title: competency.title,
      strong: competency.strongOffers,
      some: competency.someOffers,
      freeSeats: competency.freeSeats,
    })),
  );

  constructor() {
    this.framework.load();
    this.store.load();
  }

  protected retry(): void {
    if (this.framework.status() !== 'loaded') {
      this.framework.retry();
    }
    this.store.load();
  }
}
