import type {
  CompetencyView,
  CoverageDemand,
  CoverageValue,
  Language,
} from '@lederloeft/contracts';
import { localize } from '../../i18n/translate';
import type { UiKey } from '../../i18n/ui-key';
import { REASON_KEYS } from '../heatmap/cell-display';

/** A count as shown, or the reason it is hidden. */
export type CountCell = { text: string; hidden: null } | { text: ''; hidden: UiKey };

export function countCell(value: CoverageValue): CountCell {
  return value.shown
    ? { text: String(value.value), hidden: null }
    : { text: '', hidden: REASON_KEYS[value.reason] };
}

/** The unmet demand with the texts of the framework and a link that prefills the offer editor. */
export function unmetRows(
  demand: CoverageDemand,
  competencies: readonly CompetencyView[],
  lang: Language,
) {
  return demand.unmet.map((u) => {
    const competency = competencies.find((c) => c.key === u.competencyKey);
    const behaviour = competency?.behaviours.find((b) => b.key === u.behaviourKey);
    return {
      key: `${u.competencyKey}|${u.behaviourKey ?? ''}`,
      competency: localize(competency?.title, lang) || u.competencyKey,
      behaviour: u.behaviourKey ? localize(behaviour?.text, lang) || u.behaviourKey : null,
      demand: countCell(u.demand),
      seats: u.availableSeats,
      unmet: countCell(u.unmet),
      query: {
        kompetence: u.competencyKey,
        ...(u.behaviourKey ? { adfaerd: u.behaviourKey } : {}),
      },
    };
  });
}
