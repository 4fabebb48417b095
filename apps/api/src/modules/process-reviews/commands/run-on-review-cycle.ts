import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { processReviewDecider, processReviewStream, type CommandContext, type ProcessReviewCommand, type ProcessReviewState } from '@samsyn/domain';

/** One decision on a process's review-cycle stream, through the shared executor (read, fold, decide, append). */
export const runOnReviewCycle = async (
  executor: CommandExecutor,
  processId: string,
  build: (state: ProcessReviewState, context: CommandContext) => ProcessReviewCommand | Promise<ProcessReviewCommand>,
  opts: ExecutionOptions,
): Promise<ExecutionResult<ProcessReviewState & { processId: string }>> => {
  const streamId = processReviewStream(processId);
  const r = await executor.on(processReviewDecider).execute(streamId, build, opts);
  return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: { processId, ...r.state } };
};
