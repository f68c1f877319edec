import type { PlannerOffer, PlannerProposal, PlanInput } from '@lederloeft/planner';

/** One leader to re-plan: the planner's input without the catalogue (it is shared). */
export interface ScenarioLeader {
  leaderId: string;
  input: Omit<PlanInput, 'offers'>;
}

export interface ScenarioRunOptions {
  /** At most this many proposals at a time: one per core, the worker threads' pool. */
  concurrency: number;
  /** Runs one proposal (the real planner; a stub in tests of this loop only). */
  propose: (input: PlanInput) => Promise<PlannerProposal>;
  /** Called after each leader. */
  onProgress: (done: number) => void;
  /** True once the caller has cancelled: no new leader is started. */
  cancelled: () => boolean;
}

export interface ScenarioRunResult {
  proposals: Map<string, PlannerProposal>;
  failed: number;
}

/**
 * Re-plans leaders one after another against one catalogue, as if they planned in turn:
 * a seat a proposal takes is gone for the next (seats taken go up). Proposals run
 * `concurrency` at a time; one that chose a session the other filled meanwhile is planned
 * again once with the seats as they now are.
 */
export async function runScenario(
  leaders: readonly ScenarioLeader[],
  catalogue: readonly PlannerOffer[],
  options: ScenarioRunOptions,
): Promise<ScenarioRunResult> {
  const offers = catalogue.map((o) => ({ ...o, sessions: o.sessions.map((s) => ({ ...s })) }));
  const sessions = new Map(offers.flatMap((o) => o.sessions.map((s) => [s.id, s] as const)));
  const proposals = new Map<string, PlannerProposal>();
  let failed = 0;
  let done = 0;
  let next = 0;

  const chosenSessions = (proposal: PlannerProposal) =>
    proposal.items.flatMap((item) =>
      item.type === 'offer' && item.sessionId ? [item.sessionId] : [],
    );
  const fits = (proposal: PlannerProposal) =>
    chosenSessions(proposal).every((id) => {
      const session = sessions.get(id);
      return !session || session.seatsTaken < session.capacity;
    });
  const take = (proposal: PlannerProposal) => {
    for (const id of chosenSessions(proposal)) {
      const session = sessions.get(id);
      if (session) session.seatsTaken += 1;
    }
  };

  const worker = async () => {
    while (!options.cancelled() && next < leaders.length) {
      const leader = leaders[next++];
      try {
        let proposal = await options.propose({ ...leader.input, offers });
        for (let attempt = 1; attempt < 3 && !fits(proposal); attempt++) {
          proposal = await options.propose({ ...leader.input, offers });
        }
        // Beaten to a seat three times running: counted as failed, never as a plan that
        // books a seat someone else has.
        if (fits(proposal)) {
          take(proposal);
          proposals.set(leader.leaderId, proposal);
        } else failed += 1;
      } catch {
        failed += 1;
      }
      done += 1;
      options.onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return { proposals, failed };
}
