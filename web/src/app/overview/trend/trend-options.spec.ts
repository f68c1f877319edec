import type { CoverageTrend } from '@lederloeft/contracts';
import { TREND } from '../testing/overview-fixtures';
import { trendChartOptions } from './trend-options';

interface LineSeries {
  name: string;
  data: (number | null)[];
  symbol: string;
  lineStyle: { type: string };
}

/** The list's item at `i`; the fixture has it, or the test is wrong. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`No item ${i} in the fixture`);
  return item;
}

const series = (trend: CoverageTrend, lang: 'da' | 'en' = 'da') =>
  (trendChartOptions(trend, lang, 'Alle kompetencer') as { series: LineSeries[] }).series;

describe('trendChartOptions', () => {
  it('draws one line per competency of the unit, in whole percent per round', () => {
    expect(series(TREND).map((s) => [s.name, s.data])).toEqual([
      ['Ledelse med handlekraft', [40, 53]],
      ['Ledelse med hedekraft', [70, 84]],
    ]);
    expect(series(TREND, 'en')[0]?.name).toBe('Leadership with drive');
  });

  it('leaves a hidden round as a gap in the line, never a guess', () => {
    const first = nth(TREND.series, 0);
    const trend: CoverageTrend = {
      ...TREND,
      series: [
        {
          ...first,
          points: [
            { ...nth(first.points, 0), met: { shown: false, reason: 'too-few' } },
            nth(first.points, 1),
          ],
        },
        ...TREND.series.slice(1),
      ],
    };
    expect(series(trend)[0]?.data).toEqual([null, 53]);
  });

  it('tells the lines apart by marker and dash as well as colour', () => {
    const [a, b] = series(TREND);
    expect(a?.symbol).not.toBe(b?.symbol);
    expect(a?.lineStyle.type).not.toBe(b?.lineStyle.type);
  });

  it('draws only the shown unit, not its sub-units, and names the all-competencies line', () => {
    const trend: CoverageTrend = {
      ...TREND,
      series: [
        ...TREND.series,
        {
          ...nth(TREND.series, 0),
          row: { kind: 'unit', orgUnit: { id: 'skoler', name: 'Skoler' } },
        },
        { ...nth(TREND.series, 0), competencyKey: null },
      ],
    };
    expect(series(trend).map((s) => s.name)).toEqual([
      'Ledelse med handlekraft',
      'Ledelse med hedekraft',
      'Alle kompetencer',
    ]);
  });
});
