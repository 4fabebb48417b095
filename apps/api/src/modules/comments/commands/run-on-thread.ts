import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import type { CommandContext } from '@samsyn/domain';
import { commentThreadDecider, commentThreadStream, type CommentThreadCommand, type CommentThreadState } from '@samsyn/domain/comment-thread';

/** A thread as writes answer it: its comments' current texts (the read, GET …/comments, has their history). */
export const threadResource = (s: CommentThreadState) => ({
  id: s.id,
  subject: s.subject,
  status: s.status,
  startedBy: s.startedBy,
  comments: Object.entries(s.comments).map(([id, c]) => ({ id, author: c.author, text: c.text })),
});

/** One decision on one thread's stream, through the shared executor (read, fold, decide, append). */
export const runOnThread = async (
  executor: CommandExecutor,
  threadId: string,
  build: (state: CommentThreadState, context: CommandContext) => CommentThreadCommand | Promise<CommentThreadCommand>,
  opts: ExecutionOptions,
): Promise<ExecutionResult<ReturnType<typeof threadResource>>> => {
  const streamId = commentThreadStream(threadId);
  const r = await executor.on(commentThreadDecider).execute(streamId, build, opts);
  const state = r.state;
  return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: threadResource(state) };
};
