import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { readThreadAccess } from './comment-access';
import { runOnThread } from './run-on-thread';

/** Resolve or reopen: the same decision on the thread's stream, with the access read for its subject. */
export const changeThreadStatus = (
  deps: { executor: CommandExecutor; store: EventStore; queries: ReadModelQueries },
  type: 'ResolveCommentThread' | 'ReopenCommentThread',
  threadId: string,
  options: ExecutionOptions,
): Promise<ExecutionResult> =>
  runOnThread(deps.executor, threadId, async (state, context) => ({ type, data: { threadId, access: await readThreadAccess(deps.store, deps.queries, state.subject) }, context }), options);
