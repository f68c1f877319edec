import type {
  ApiError,
  GapProfileView,
  SurveyImportView,
  SurveyItemView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('wellbeing survey import and item mapping', () => {
  let t: TestApp;
  let hr: SessionHeaders;
  let leader: SessionHeaders;
  let roundId: string;
  let unit: string;
  const headers = (who: SessionHeaders, contentType?: string) => ({
    cookie: who.cookie,
    'x-csrf-token': who['x-csrf-token'],
    ...(contentType ? { 'content-type': contentType } : {}),
  });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    hr = await t.signIn(demoAccount('hr').email, demoAccount('hr').password);
    leader = await t.signIn(demoAccount('leader').email, demoAccount('leader').password);
    roundId = (
      await t.request<{ id: string }[]>('GET', '/api/assessment-rounds', { headers: headers(hr) })
    ).body[0].id;
    const view = await t.request<{ orgUnit: { id: string } }>(
      'GET',
      `/api/leaders/${leader.leaderId}`,
      { headers: headers(leader) },
    );
    unit = (
      await t.query<{ external_id: string }>(
        `SELECT external_id FROM org_units WHERE id = '${view.body.orgUnit.id}'`,
      )
    )[0].external_id;
  });
  afterAll(() => t.close());

  const csv = () =>
    [
      'Enhed-ID;Spørgsmål-ID;Spørgsmål;Score;Besvarelser',
      `${unit};TRIV-07;Min leder giver mig tillid;75;8`,
      `${unit};TRIV-12;Min leder tør gå nye veje;25;8`,
    ].join('\n');

  it('imports item scores; unmapped items count nowhere until HR maps them, then they become survey evidence', async () => {
    const preview = await t.request<SurveyImportView>(
      'POST',
      `/api/assessment-rounds/${roundId}/survey-results/preview`,
      {
        rawBody: csv(),
        headers: headers(hr, 'text/csv'),
      },
    );
    expect(preview.body).toEqual({
      rows: 2,
      units: 1,
      items: 2,
      unmappedItems: ['TRIV-07', 'TRIV-12'],
      errors: [],
    });
    const imported = await t.request<SurveyImportView>(
      'POST',
      `/api/assessment-rounds/${roundId}/survey-results`,
      {
        rawBody: csv(),
        headers: headers(hr, 'text/csv'),
      },
    );
    expect(imported.status).toBe(200);

    // The unit's survey evidence was replaced by the (so far unmapped) items: none left.
    let profile = (
      await t.request<GapProfileView>('GET', `/api/leaders/${leader.leaderId}/gap-profile`, {
        headers: headers(leader),
      })
    ).body;
    expect(profile.competencies.every((c) => c.observed.survey === undefined)).toBe(true);

    const items = (
      await t.request<SurveyItemView[]>('GET', '/api/survey-items', { headers: headers(hr) })
    ).body;
    expect(items).toEqual([
      { code: 'TRIV-07', text: 'Min leder giver mig tillid', competencyKey: null },
      { code: 'TRIV-12', text: 'Min leder tør gå nye veje', competencyKey: null },
    ]);
    await t.request('PUT', '/api/survey-items/TRIV-07', {
      body: { competencyKey: 'handlekraft' },
      headers: headers(hr),
    });
    await t.request('PUT', '/api/survey-items/TRIV-12', {
      body: { competencyKey: 'hedekraft' },
      headers: headers(hr),
    });

    profile = (
      await t.request<GapProfileView>('GET', `/api/leaders/${leader.leaderId}/gap-profile`, {
        headers: headers(leader),
      })
    ).body;
    // 75 of 100 → 1 + 4 × 0.75 = 4; 25 of 100 → 2.
    expect(profile.competencies.find((c) => c.key === 'handlekraft')?.observed.survey).toEqual({
      level: 4,
      respondents: 8,
    });
    expect(profile.competencies.find((c) => c.key === 'hedekraft')?.observed.survey).toEqual({
      level: 2,
      respondents: 8,
    });
    expect(
      profile.competencies.find((c) => c.key === 'paa-tvaers')?.observed.survey,
    ).toBeUndefined();
  });

  it('refuses unknown competencies in the mapping and broken files as a whole', async () => {
    const bad = await t.request<ApiError>('PUT', '/api/survey-items/TRIV-07', {
      body: { competencyKey: 'findes-ikke' },
      headers: headers(hr),
    });
    expect(bad.status).toBe(400);
    const before = await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM survey_item_scores');
    const broken = await t.request<ApiError>(
      'POST',
      `/api/assessment-rounds/${roundId}/survey-results`,
      {
        rawBody: `Enhed-ID;Spørgsmål-ID;Score;Besvarelser\n${unit};TRIV-07;140;8\nIBK-9999;TRIV-07;50;8\n`,
        headers: headers(hr, 'text/csv'),
      },
    );
    expect(broken.status).toBe(400);
    expect(broken.body.details?.map((d) => d.path)).toEqual([
      'række 2: Score',
      'række 3: Enhed-ID',
    ]);
    expect(await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM survey_item_scores')).toEqual(
      before,
    );
    const scale = await t.request<ApiError>(
      'POST',
      `/api/assessment-rounds/${roundId}/survey-results/preview?scaleMax=abc`,
      {
        rawBody: csv(),
        headers: headers(hr, 'text/csv'),
      },
    );
    expect(scale.status).toBe(400);
  });
});
