import type { CoverageTrend, Language } from '@lederloeft/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { localize } from '../../i18n/translate';

/** Colours of the lines, told apart by their markers and dashes as well. */
const COLOURS = ['#1d5b79', '#7a4a86', '#2e7d4f', '#a35a00', '#333333'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin'];
const DASHES = ['solid', 'dashed', 'dotted', 'solid', 'dashed'] as const;

/**
 * The trend chart of a unit: the share meeting target per round, one line per competency
 * and one for all competencies; a hidden round is a gap in the line, never a guess.
 */
export function trendChartOptions(
  trend: CoverageTrend,
  lang: Language,
  allLabel: string,
): EChartsCoreOption {
  const unitId = trend.orgUnit.id;
  const own = trend.series.filter((s) => s.row.kind === 'unit' && s.row.orgUnit.id === unitId);
  const title = (key: string | null) =>
    key === null ? allLabel : localize(trend.competencies.find((c) => c.key === key)?.title, lang);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v} %` : '–'),
    },
    xAxis: { type: 'category', data: trend.rounds.map((r) => r.name) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: own.map((s, i) => ({
      type: 'line',
      name: title(s.competencyKey),
      connectNulls: false,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 9,
      lineStyle: { type: DASHES[i % DASHES.length], width: s.competencyKey === null ? 3 : 2 },
      itemStyle: { color: COLOURS[i % COLOURS.length] },
      data: s.points.map((p) => (p.met.shown ? Math.round(p.met.value * 100) : null)),
    })),
  };
}
