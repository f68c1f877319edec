import type { ApiError, EmployeeResultsImportView, GapProfileView } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('leader evaluation import (employees’ answers)', () => {
  let t: TestApp;
  let hr: SessionHeaders;
  let leader: SessionHeaders;
  let roundId: string;
  const as = (who: SessionHeaders, contentType = 'text/csv') => ({
    cookie: who.cookie,
    'x-csrf-token': who['x-csrf-token'],
    'content-type': contentType,
  });
  const upload = <T>(path: string, csv: string) =>
    t.request<T>('POST', path, { rawBody: csv, headers: as(hr) });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    hr = await t.signIn(demoAccount('hr').email, demoAccount('hr').password);
    leader = await t.signIn(demoAccount('leader').email, demoAccount('leader').password);
    roundId = (
      await t.request<{ id: string }[]>('GET', '/api/assessment-rounds', {
        headers: { cookie: hr.cookie },
      })
    ).body[0].id;
  });
  afterAll(() => t.close());

  it('HR imports respondents’ rows; only counts are stored, and they replace the leader’s results in the gap', async () => {
    const email = demoAccount('leader').email;
    const csv = [
      'Svar-ID;Leder;handlekraft.vilkaars-og-mulighedsrum;hedekraft.sige-ja',
      `1;${email};2;5`,
      `2;${email};2;Ved ikke`,
      `3;${email};3;4`,
    ].join('\n');
    const preview = await upload<EmployeeResultsImportView>(
      `/api/assessment-rounds/${roundId}/employee-results/preview`,
      csv,
    );
    expect(preview.body).toEqual({ responses: 3, leaders: 1, results: 2, errors: [] });

    const imported = await upload<EmployeeResultsImportView>(
      `/api/assessment-rounds/${roundId}/employee-results`,
      csv,
    );
    expect(imported.status).toBe(200);
    const rows = await t.query<{
      behaviour_key: string;
      respondents: number;
      mean: number;
      distribution: string;
    }>(
      `SELECT behaviour_key, respondents, mean, distribution FROM employee_results WHERE round_id = '${roundId}' AND leader_id = '${leader.leaderId}' ORDER BY behaviour_key`,
    );
    expect(
      rows.map((r) => [
        r.behaviour_key,
        Number(r.respondents),
        Number(r.mean),
        JSON.parse(r.distribution),
      ]),
    ).toEqual([
      ['handlekraft.vilkaars-og-mulighedsrum', 3, 2.33, [0, 2, 1, 0, 0]],
      ['hedekraft.sige-ja', 2, 4.5, [0, 0, 0, 1, 1]],
    ]);

    const profile = (
      await t.request<GapProfileView>('GET', `/api/leaders/${leader.leaderId}/gap-profile`, {
        headers: { cookie: leader.cookie },
      })
    ).body;
    const handlekraft = profile.competencies.find((c) => c.key === 'handlekraft');
    expect(
      handlekraft?.behaviours.find((b) => b.key === 'handlekraft.vilkaars-og-mulighedsrum')
        ?.observed.employees,
    ).toEqual({
      level: 2.33,
      respondents: 3,
    });
    // Two answers are under the anonymity limit of three: withheld, not shown.
    const hedekraft = profile.competencies.find((c) => c.key === 'hedekraft');
    expect(
      hedekraft?.behaviours.find((b) => b.key === 'hedekraft.sige-ja')?.observed.employees,
    ).toEqual({
      suppressed: 'too-few-respondents',
      respondents: 2,
    });
  });

  it('rejects a file with errors as a whole, and leaders cannot import', async () => {
    const before = await t.query<{ n: number }>(`SELECT COUNT(*) AS n FROM employee_results`);
    const res = await upload<ApiError>(
      `/api/assessment-rounds/${roundId}/employee-results`,
      `Leder;handlekraft.vilkaars-og-mulighedsrum\n${demoAccount('leader').email};9\nukendt@ikast-brande.dk;3\n`,
    );
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.path)).toEqual([
      'række 2: handlekraft.vilkaars-og-mulighedsrum',
      'række 3: Leder',
    ]);
    expect(await t.query<{ n: number }>(`SELECT COUNT(*) AS n FROM employee_results`)).toEqual(
      before,
    );
    const byLeader = await t.request(
      'POST',
      `/api/assessment-rounds/${roundId}/employee-results/preview`,
      {
        rawBody: 'Leder\n',
        headers: as(leader),
      },
    );
    expect(byLeader.status).toBe(403);
  });
});
