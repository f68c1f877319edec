import type { CoverageScenarioResult, CoverageScenarioRow, Language } from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';
import { REASON_KEYS, changeText, valueText } from '../heatmap/cell-display';

export interface ScenarioCellView {
  today: string | null;
  scenario: string | null;
  change: string | null;
  /** Why the scenario's figure is hidden (today's may still show). */
  hidden: UiKey | null;
  todayHidden: UiKey | null;
  better: boolean;
}

/** Today beside the scenario for each row and competency, as the result table shows them. */
export function scenarioRows(result: CoverageScenarioResult, lang: Language) {
  const view = (row: CoverageScenarioRow, total: boolean) => ({
    row,
    total,
    cells: row.cells.map(
      (c): ScenarioCellView => ({
        today: c.today.shown ? valueText('projected', c.today.value, lang) : null,
        todayHidden: c.today.shown ? null : REASON_KEYS[c.today.reason],
        scenario: c.scenario.shown ? valueText('projected', c.scenario.value, lang) : null,
        hidden: c.scenario.shown ? null : REASON_KEYS[c.scenario.reason],
        change: c.change.shown ? changeText(c.change.value, lang) : null,
        better: c.change.shown && c.change.value > 0,
      }),
    ),
  });
  return [view(result.unit, true), ...result.rows.map((row) => view(row, false))];
}
