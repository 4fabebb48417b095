import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { dueReminders } from './due-reminders';
import { myTasks } from './my-tasks';
import { myWorkProjection } from './my-work.projection';

/** GET /me/tasks: the principal's roles (from its token) cut the shared facts of my-work. */
export const myWorkQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'myTasks' | 'dueReminders'> => ({
  async myTasks(principal, options, asOf) {
    return myTasks(await read.state(myWorkProjection, asOf), principal, options);
  },
  async dueReminders(now, timings) {
    return dueReminders(await read.state(myWorkProjection, undefined), now, timings);
  },
});
