import type { PlanView } from '@lederloeft/contracts';
import type { SessionHeaders, TestApp } from '../testing/test-app';

/**
 * For the authorization matrix: a draft plan of the target leader with one item
 * (handlekraft, without a SMART goal, so it cannot be submitted), a SMART goal for
 * hedekraft and a follow-up; and an empty draft to delete.
 */
export async function setUpPlans(
  t: TestApp,
  leader: SessionHeaders,
): Promise<Record<string, string>> {
  const headers = { cookie: leader.cookie, 'x-csrf-token': leader['x-csrf-token'] };
  const post = async (path: string, body: unknown): Promise<PlanView> => {
    const res = await t.request<PlanView>('POST', path, { body, headers });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${res.text}`);
    return res.body;
  };
  const fields = {
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    budgetDkk: null,
    hours: null,
  };
  const plan = await post(`/api/leaders/${leader.leaderId}/plans`, { title: 'Matrix', ...fields });
  const deletable = await post(`/api/leaders/${leader.leaderId}/plans`, {
    title: 'Slettes',
    ...fields,
  });
  await post(`/api/plans/${plan.id}/items`, {
    kind: 'on-the-job',
    behaviourKey: 'handlekraft.foelge-op-paa-maal',
    text: 'Følge op på mål på teammøder',
    competencyKeys: ['handlekraft'],
    behaviourKeys: ['handlekraft.foelge-op-paa-maal'],
  });
  await post(`/api/plans/${plan.id}/goals`, {
    competencyKey: 'hedekraft',
    what: 'Medarbejderne bringer idéer',
    measure: 'To idéer pr. møde',
    byDate: '2027-06-30',
    behaviourKeys: ['hedekraft.efterlyse-ideer'],
  });
  const view = await post(`/api/plans/${plan.id}/follow-ups`, {
    date: '2027-03-01',
    note: 'Start',
  });
  return {
    planId: plan.id,
    deletablePlanId: deletable.id,
    itemId: view.items[0].id,
    goalId: view.goals[0].id,
    followUpId: view.followUps[0].id,
  };
}
