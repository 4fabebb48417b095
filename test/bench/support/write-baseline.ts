import type { Principal } from '@samsyn/domain/shared';
import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';

export interface ReviewTask {
  proposal: string;
  stakeholder: string;
}

export interface CommandRate {
  concurrency: number;
  commandsPerSecond: number;
  commands: number;
  seconds: number;
}

/**
 * The baseline of `POST /proposals/:id/reviews` (issue 18 goal 3): the same review command through
 * the application itself, with as many in flight as the HTTP run has connections, in the same
 * process on the same history — so the ratio is what the HTTP layer costs. Runs until the time is
 * up or the prepared reviews are spent, whichever is first.
 */
export async function reviewCommandRate(proposals: ProposalUseCases, principal: Principal, tasks: readonly ReviewTask[], concurrency: number, seconds: number): Promise<CommandRate> {
  let next = 0;
  let done = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until && next < tasks.length) {
      const task = tasks[next++];
      await proposals.reviewProposal(task.proposal, { stakeholder: task.stakeholder, verdict: 'accept', comment: 'Tillstyrks.' }, { principal });
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { concurrency, commandsPerSecond: Math.round(done / elapsed), commands: done, seconds: Math.round(elapsed * 100) / 100 };
}

/** Consecutive tasks touch different streams: sorted by stakeholder, then proposal (as the HTTP run). */
export const interleaved = (tasks: ReviewTask[]): ReviewTask[] => tasks.sort((a, b) => a.stakeholder.localeCompare(b.stakeholder) || a.proposal.localeCompare(b.proposal));
