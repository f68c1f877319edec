import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PlanEventType } from '@lederloeft/contracts';
import { PlanEventEntity } from './plan-event.entity';

/** Who did it: the signed-in account, or Lederløft itself (a seat moving up in the queue). */
export interface PlanActor {
  accountId: string | null;
  name: string;
}

export const SYSTEM_ACTOR: PlanActor = { accountId: null, name: 'Lederløft' };

/**
 * Writes one history event in the caller's transaction: every change to a plan calls this,
 * so that the history is complete or the change did not happen.
 */
export async function recordPlanEvent(
  manager: EntityManager,
  planId: string,
  actor: PlanActor,
  type: PlanEventType,
  summary: string,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  const last = await manager
    .getRepository(PlanEventEntity)
    .createQueryBuilder('e')
    .select('MAX(e.sequence)', 'max')
    .where('e.plan_id = :planId', { planId })
    .getRawOne<{ max: number | string | null }>();
  const event: PlanEventEntity = {
    id: randomUUID(),
    planId,
    actorAccountId: actor.accountId,
    actorName: actor.name,
    type,
    summary,
    details,
    sequence: Number(last?.max ?? 0) + 1,
    at: new Date(),
  };
  // The details column is JSON text; TypeORM's insert typing does not see through it.
  await manager.getRepository(PlanEventEntity).insert(event as never);
}
