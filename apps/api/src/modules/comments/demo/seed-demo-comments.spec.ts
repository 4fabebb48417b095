import { seedDemo, systemClock } from '@samsyn/application';
import { samsynApplication } from '../../../bootstrap/samsyn-application';
import { ProjectionQueries } from '@samsyn/projections/queries/projection-queries';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { DEMO_THREAD_ID, seedDemoComments } from './seed-demo-comments';

describe('the demo comment thread', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  afterAll(() => store.close());

  it('given the demo, when its thread is seeded, then LF-01 has a thread on a step with an edited mention and a reply, and david a mention task', async () => {
    await seedDemo(samsynApplication(store));
    await seedDemoComments(store, systemClock);
    const q = new ProjectionQueries({ store });
    const { threads } = await q.comments({ kind: 'process', id: 'LF-01' }, undefined);
    expect(threads).toEqual([
      expect.objectContaining({
        id: DEMO_THREAD_ID,
        subject: { kind: 'step', processId: 'LF-01', stepId: 'sammanstall' },
        status: 'open',
        comments: [
          expect.objectContaining({ author: 'bjorn', mentions: ['david'], editedAt: expect.any(String), history: [expect.objectContaining({ text: '@david, ska idrottens lokalbehov in i samma plan?' })] }),
          expect.objectContaining({ author: 'david', mentions: [] }),
        ],
      }),
    ]);
    const david = await q.myTasks({ id: 'david', roles: [] }, {});
    expect(david.tasks.filter((t) => t.kind === 'mention')).toEqual([expect.objectContaining({ thread: DEMO_THREAD_ID, by: 'bjorn', step: 'sammanstall' })]);
  }, 60_000);
});
