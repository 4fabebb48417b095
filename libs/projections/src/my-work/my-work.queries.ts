import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import { commentsProjection } from '../comments/comments.projection';
import { dueReminders } from './due-reminders';
import { mentionTasks } from './mention-tasks';
import { myTasks } from './my-tasks';
import { overdueAdoptionTasks } from './overdue-adoption-tasks';
import { isVersionedRowsState } from '../versioned-rows/versioned-state';
import type { AsOf } from '../read-model-queries.port';
import { myWorkProjection, type MyWorkState } from './my-work.projection';
import { type MyWorkRows, myWorkStateOfRows } from './my-work.rows';

/** The facts of "my work" as of a moment: the heap's state, or the rows as of it (a condition on them, no replay). */
const myWorkAsOf = async (read: ReadModelReader, asOf: AsOf): Promise<MyWorkState> => {
  const t = await read.live(myWorkProjection, asOf);
  if (t && isVersionedRowsState(t.state)) return myWorkStateOfRows(t.state as unknown as MyWorkRows, BigInt(t.at));
  const state = await read.state(myWorkProjection, asOf);
  return isVersionedRowsState(state) ? myWorkStateOfRows(state as unknown as MyWorkRows, null) : state;
};

/** GET /me/tasks: the principal's roles (from its token) cut the shared facts of my-work; mentions
 * come from the comments, overdue adoptions from the catalogue's targets as of the same moment. */
export const myWorkQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'myTasks' | 'dueReminders'> => ({
  async myTasks(principal, options, asOf) {
    const [work, comments, cat, now] = await Promise.all([
      myWorkAsOf(read, asOf),
      read.state(commentsProjection, asOf),
      read.state(catalogueProjection, asOf),
      read.instantOf(asOf),
    ]);
    return myTasks(work, principal, options, [...mentionTasks(comments, principal, options.seenUpTo ?? 0n), ...overdueAdoptionTasks(cat, principal, now)]);
  },
  async dueReminders(now, timings) {
    return dueReminders(await myWorkAsOf(read, undefined), now, timings);
  },
});
