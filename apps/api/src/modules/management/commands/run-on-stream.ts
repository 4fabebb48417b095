import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { CommandContext, Decider, DomainCommand } from '@samsyn/domain';

/** One decision on one stream through the shared executor (read, fold, decide, append); the
 * answer's resource is the stream's state after the write, shaped by `resource`. */
export const runOnStream = async <S, R>(
  executor: CommandExecutor,
  streamId: string,
  decider: Decider<never, never, S>,
  build: (state: S, context: CommandContext) => Promise<DomainCommand> | DomainCommand,
  opts: ExecutionOptions,
  resource: (state: S) => R,
): Promise<ExecutionResult<R>> => {
  const r = await executor.execute(streamId, decider, build, opts);
  return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: resource(r.state) };
};
