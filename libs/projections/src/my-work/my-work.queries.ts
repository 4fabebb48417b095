import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import { commentsProjection } from '../comments/comments.projection';
import { dueReminders } from './due-reminders';
import { mentionTasks } from './mention-tasks';
import { myTasks } from './my-tasks';
import { overdueAdoptionTasks } from './overdue-adoption-tasks';
import { myWorkProjection } from './my-work.projection';

/** GET /me/tasks: the principal's roles (from its token) cut the shared facts of my-work; mentions
 * come from the comments, overdue adoptions from the catalogue's targets as of the same moment. */
export const myWorkQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'myTasks' | 'dueReminders'> => ({
  async myTasks(principal, options, asOf) {
    const [work, comments, cat, now] = await Promise.all([
      read.state(myWorkProjection, asOf),
      read.state(commentsProjection, asOf),
      read.state(catalogueProjection, asOf),
      read.instantOf(asOf),
    ]);
    return myTasks(work, principal, options, [...mentionTasks(comments, principal, options.seenUpTo ?? 0n), ...overdueAdoptionTasks(cat, principal, now)]);
  },
  async dueReminders(now, timings) {
    return dueReminders(await read.state(myWorkProjection, undefined), now, timings);
  },
});
