import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CoverageMeasure, CoverageOverview, CoverageRow } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { type CellDisplay, cellDisplay } from './cell-display';

interface HeatmapRow {
  row: CoverageRow;
  total: boolean;
  cells: CellDisplay[];
}

/**
 * The heatmap: a real table (ARIA grid) of rows (the unit in all, its own leaders, its
 * sub-units) × competencies. Each figure has its number, its n and a dot meter besides
 * the colour; a hidden figure says why. Arrow keys move between cells (Home/End along a
 * row, Ctrl+Home/End to the corners); Enter on a unit's name opens it.
 */
@Component({
  selector: 'll-heatmap-table',
  imports: [RouterLink, LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './heatmap-table.html',
  styleUrl: './heatmap-table.scss',
  // The arrow keys move between the grid's cells (one tab stop, roving tabindex); the
  // focusable cells bubble their keys up to here.
  host: { '(keydown)': 'onKey($event)' },
})
export class HeatmapTable {
  readonly overview = input.required<CoverageOverview>();
  readonly measure = input.required<CoverageMeasure>();
  readonly caption = input.required<string>();

  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The cell that holds the tab stop: [row, column]. */
  protected readonly active = signal<[number, number]>([0, 0]);

  protected readonly rows = computed<HeatmapRow[]>(() => {
    const o = this.overview();
    const measure = this.measure();
    const lang = this.language.lang();
    return [o.unit, ...o.rows].map((row, i) => ({
      row,
      total: i === 0,
      cells: row.cells.map((cell) => cellDisplay(measure, cell[measure], lang)),
    }));
  });

  /** Row header, leaders, one column per competency and all competencies. */
  protected readonly columnCount = computed(() => this.overview().competencies.length + 3);

  protected tabIndex(row: number, column: number): number {
    const [r, c] = this.active();
    return r === row && c === column ? 0 : -1;
  }

  protected activate(row: number, column: number): void {
    this.active.set([row, column]);
  }

  protected onKey(event: KeyboardEvent): void {
    const [r, c] = this.active();
    const lastRow = this.rows().length - 1;
    const lastColumn = this.columnCount() - 1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [r, Math.min(lastColumn, c + 1)],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowDown: [Math.min(lastRow, r + 1), c],
      ArrowUp: [Math.max(0, r - 1), c],
      Home: event.ctrlKey ? [0, 0] : [r, 0],
      End: event.ctrlKey ? [lastRow, lastColumn] : [r, lastColumn],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    this.active.set(next);
    this.host.nativeElement
      .querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)
      ?.focus();
  }
}
