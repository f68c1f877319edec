import { aggregateEmployeeResponses, EmployeeResponseContext } from './employee-responses';

const context: EmployeeResponseContext = {
  behaviours: [
    { key: 'handlekraft.retning', textDa: 'Sætte en tydelig retning.' },
    { key: 'hedekraft.sige-ja', textDa: 'Sige ja til unikke forslag.' },
  ],
  leaders: [
    { id: 'L1', email: 'anne@ikast-brande.dk', employeeId: 'E1' },
    { id: 'L2', email: 'bo@ikast-brande.dk', employeeId: null },
  ],
  scale: { min: 1, max: 5 },
};
const row = (line: number, cells: Record<string, string>) => ({ line, cells });

describe('aggregateEmployeeResponses', () => {
  it('keeps counts, mean and distribution per leader and behaviour; headers by key or Danish text', () => {
    const headers = ['Svar-ID', 'Leder', 'handlekraft.retning', 'Sige ja til unikke forslag.'];
    const plan = aggregateEmployeeResponses(
      headers,
      [
        row(2, {
          'Svar-ID': '1',
          Leder: 'Anne@ikast-brande.dk',
          'handlekraft.retning': '4',
          'Sige ja til unikke forslag.': '5',
        }),
        row(3, {
          'Svar-ID': '2',
          Leder: 'E1',
          'handlekraft.retning': '3',
          'Sige ja til unikke forslag.': 'Ved ikke',
        }),
        row(4, {
          'Svar-ID': '3',
          Leder: 'anne@ikast-brande.dk',
          'handlekraft.retning': '5',
          'Sige ja til unikke forslag.': '',
        }),
        row(5, {
          'Svar-ID': '4',
          Leder: 'bo@ikast-brande.dk',
          'handlekraft.retning': '2',
          'Sige ja til unikke forslag.': '1',
        }),
      ],
      context,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.leaders).toBe(2);
    expect(plan.responses).toBe(4);
    // Anne, retning: 4, 3, 5 → 3 respondents, mean 4.
    expect(plan.results).toContainEqual({
      leaderId: 'L1',
      behaviourKey: 'handlekraft.retning',
      respondents: 3,
      mean: 4,
      distribution: [0, 0, 1, 1, 1],
    });
    // Anne, sige-ja: only one rating (5); "Ved ikke" and blank are no rating.
    expect(plan.results).toContainEqual({
      leaderId: 'L1',
      behaviourKey: 'hedekraft.sige-ja',
      respondents: 1,
      mean: 5,
      distribution: [0, 0, 0, 0, 1],
    });
    expect(plan.results).toContainEqual({
      leaderId: 'L2',
      behaviourKey: 'hedekraft.sige-ja',
      respondents: 1,
      mean: 1,
      distribution: [1, 0, 0, 0, 0],
    });
    expect(plan.results).toHaveLength(4);
  });

  it('reports unknown leaders, off-scale answers and unknown columns with row and column', () => {
    const bad = aggregateEmployeeResponses(
      ['Leder', 'handlekraft.retning'],
      [
        row(2, { Leder: 'ukendt@ikast-brande.dk', 'handlekraft.retning': '3' }),
        row(3, { Leder: 'bo@ikast-brande.dk', 'handlekraft.retning': '7' }),
        row(4, { Leder: 'bo@ikast-brande.dk', 'handlekraft.retning': '2,5' }),
      ],
      context,
    );
    expect(bad.results).toEqual([]);
    expect(bad.errors).toEqual([
      { line: 2, path: 'Leder', message: 'Ukendt leder "ukendt@ikast-brande.dk".' },
      {
        line: 3,
        path: 'handlekraft.retning',
        message: '"7" er ikke et svar på skalaen 1-5 (eller "Ved ikke").',
      },
      {
        line: 4,
        path: 'handlekraft.retning',
        message: '"2,5" er ikke et svar på skalaen 1-5 (eller "Ved ikke").',
      },
    ]);
    expect(
      aggregateEmployeeResponses(['Leder', 'Trivsel generelt'], [], context).errors[0].message,
    ).toContain('Trivsel generelt');
    expect(
      aggregateEmployeeResponses(['Navn', 'handlekraft.retning'], [], context).errors[0].message,
    ).toContain('"Leder"');
  });
});
