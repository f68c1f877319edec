import { combineSurveyScores, planSurveyImport } from './survey-import';

const context = {
  units: [
    { id: 'U1', externalId: 'IBK-10' },
    { id: 'U2', externalId: 'IBK-11' },
  ],
  scaleMax: 100,
  scale: { min: 1, max: 5 },
};
const headers = ['Enhed-ID', 'Spørgsmål-ID', 'Spørgsmål', 'Score', 'Besvarelser'];
const row = (line: number, values: string[]) => ({
  line,
  cells: Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])),
});

describe('planSurveyImport', () => {
  it('turns 0-100 scores into the 1-5 rating scale', () => {
    const plan = planSurveyImport(
      headers,
      [
        row(2, ['IBK-10', 'T1', 'Min leder giver mig tillid', '75', '12']),
        row(3, ['ibk-11', 'T1', '', '50,5', '4']),
      ],
      context,
    );
    expect(plan.errors).toEqual([]);
    // 1 + 4 × 0.75 = 4; 1 + 4 × 0.505 = 3.02
    expect(plan.scores).toEqual([
      {
        orgUnitId: 'U1',
        itemCode: 'T1',
        itemText: 'Min leder giver mig tillid',
        level: 4,
        respondents: 12,
      },
      { orgUnitId: 'U2', itemCode: 'T1', itemText: '', level: 3.02, respondents: 4 },
    ]);
  });

  it('reports unknown units, scores off the scale, bad counts and duplicates by row', () => {
    const plan = planSurveyImport(
      headers,
      [
        row(2, ['IBK-99', 'T1', '', '50', '3']),
        row(3, ['IBK-10', 'T1', '', '101', '3']),
        row(4, ['IBK-10', 'T2', '', '40', 'mange']),
        row(5, ['IBK-10', 'T3', '', '40', '3']),
        row(6, ['IBK-10', 'T3', '', '41', '3']),
      ],
      context,
    );
    expect(plan.errors.map((e) => [e.line, e.path])).toEqual([
      [2, 'Enhed-ID'],
      [3, 'Score'],
      [4, 'Besvarelser'],
      [6, 'Spørgsmål-ID'],
    ]);
    expect(
      planSurveyImport(['Enhed-ID', 'Score'], [], context).errors.map((e) => e.message),
    ).toEqual(['Kolonnen "Spørgsmål-ID" mangler.', 'Kolonnen "Besvarelser" mangler.']);
  });
});

describe('combineSurveyScores', () => {
  it('averages mapped items per competency weighted by respondents; unmapped items count nowhere', () => {
    const mapping = new Map<string, string | null>([
      ['T1', 'handlekraft'],
      ['T2', 'handlekraft'],
      ['T3', null],
    ]);
    const result = combineSurveyScores(
      [
        { orgUnitId: 'U1', itemCode: 'T1', level: 4, respondents: 10 },
        { orgUnitId: 'U1', itemCode: 'T2', level: 3, respondents: 5 },
        { orgUnitId: 'U1', itemCode: 'T3', level: 1, respondents: 20 },
      ],
      mapping,
    );
    // (4 × 10 + 3 × 5) / 15 = 3.67
    expect(result).toEqual([
      { orgUnitId: 'U1', competencyKey: 'handlekraft', score: 3.67, respondents: 10 },
    ]);
  });
});
