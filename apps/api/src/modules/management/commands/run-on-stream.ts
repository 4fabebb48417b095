import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { managementPlanDecider, managementPlanStream, type CommandContext, type Decider, type DomainCommand, type DomainEvent, type ManagementPlanCommand, type ManagementPlanState } from '@samsyn/domain';
import { planResource } from './resources';

/** One decision on one stream through the shared executor (read, fold, decide, append); the
 * answer's resource is the stream's state after the write, shaped by `resource`. */
export const runOnStream = async <C extends DomainCommand, E extends DomainEvent, S, R>(
  executor: CommandExecutor,
  streamId: string,
  decider: Decider<C, E, S>,
  build: (state: S, context: CommandContext) => Promise<C> | C,
  opts: ExecutionOptions,
  resource: (state: S) => R,
): Promise<ExecutionResult<R>> => {
  const r = await executor.on(decider).execute(streamId, build, opts);
  return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: resource(r.state) };
};

/** One decision on the plan of an object and year (a year from the path: the domain refuses one that is not). */
export const runOnPlan = (
  executor: CommandExecutor,
  object: string,
  year: string,
  build: (state: ManagementPlanState, context: CommandContext, year: number) => Promise<ManagementPlanCommand>,
  opts: ExecutionOptions,
): Promise<ExecutionResult<ReturnType<typeof planResource>>> => {
  const y = Number(year);
  return runOnStream(executor, managementPlanStream(object, y), managementPlanDecider, (state, context) => build(state, context, y), opts, planResource);
};
