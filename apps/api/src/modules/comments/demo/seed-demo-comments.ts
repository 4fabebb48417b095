import { randomUUID } from 'node:crypto';
import type { Clock } from '@samsyn/application/clock';
import { CommandExecutor } from '@samsyn/application/command-executor';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { EventStore } from '@samsyn/event-store';
import { ProjectionQueries } from '@samsyn/projections/queries/projection-queries';
import { EditCommentCommand } from '../commands/edit-comment/edit-comment.command';
import { EditCommentHandler } from '../commands/edit-comment/edit-comment.handler';
import { PostCommentCommand } from '../commands/post-comment/post-comment.command';
import { PostCommentHandler } from '../commands/post-comment/post-comment.handler';

export const DEMO_THREAD_ID = 'lf01-sammanstall';

/**
 * The demo's comment thread, through the same use cases as POST …/comments and PATCH
 * /comments/:thread/:comment: Björn (reviewer for Kommunstyrelsen) asks David (Idrotts- och
 * fritidsnämnden) about a step of LF-01 with an @mention, then edits his question (the first text
 * stays in the history); David answers. David has a `mention` task in his work.
 */
export async function seedDemoComments(store: EventStore, clock: Clock): Promise<void> {
  const executor = new CommandExecutor(store, clock, randomUUID);
  // No runner here: the directory is replayed from the store, as of now.
  const queries = new ProjectionQueries({ store });
  const post = new PostCommentHandler(executor, store, queries);
  const as = (person: keyof typeof PEOPLE) => ({ principal: PEOPLE[person], correlationId: 'demo-comments' });
  const step = { kind: 'step' as const, processId: 'LF-01', stepId: 'sammanstall' };
  await post.execute(new PostCommentCommand(step, { id: DEMO_THREAD_ID, text: '@david, ska idrottens lokalbehov in i samma plan?' }, as('bjorn')));
  await new EditCommentHandler(executor, store, queries).execute(
    new EditCommentCommand(DEMO_THREAD_ID, '1', '@david, ska idrottens och fritidens lokalbehov in i samma lokalförsörjningsplan?', as('bjorn')),
  );
  await post.execute(new PostCommentCommand(step, { thread: DEMO_THREAD_ID, text: 'Ja, i ett eget avsnitt. Vi skickar underlaget i mars.' }, as('david')));
}
