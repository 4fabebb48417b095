import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { processReviewDecider, processReviewStream, type CommandContext, type DomainCommand, type ProcessReviewState } from '@samsyn/domain';

/** One decision on a process's review-cycle stream, through the shared executor (read, fold, decide, append). */
export const runOnReviewCycle = async (
  executor: CommandExecutor,
  processId: string,
  build: (state: ProcessReviewState, context: CommandContext) => DomainCommand | Promise<DomainCommand>,
  opts: ExecutionOptions,
): Promise<ExecutionResult<ProcessReviewState & { processId: string }>> => {
  const streamId = processReviewStream(processId);
  const r = await executor.execute(streamId, processReviewDecider as never, build as never, opts);
  return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: { processId, ...(r.state as ProcessReviewState) } };
};
