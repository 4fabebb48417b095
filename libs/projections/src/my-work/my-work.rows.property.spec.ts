import fc from 'fast-check';
import type { Principal } from '@samsyn/domain/shared/principal';
import { toProjectedEvent } from '../projection';
import { instantNear, rowStoredHistoryArbitraries, withRowStoredHistory } from '../testing/row-stored-history';
import { myWorkProjection, type MyWorkState } from './my-work.projection';
import { type MyWorkRows, myWorkStateOfRows } from './my-work.rows';

const REVIEW_LEAD = { reviewLeadMs: 7 * 86_400_000, bodyHoldMs: 86_400_000 };

/** The plain state with its records in the order the rows answer them (as the heap's insertion order). */
const plainOf = (s: MyWorkState) => ({ proposals: { ...s.proposals }, processes: { ...s.processes }, bodies: { ...s.bodies } });

/**
 * "My work" kept as system-versioned rows answers every task list as of a random position or
 * instant exactly as a plain fold of the events up to it does, across restarts, crashes and a
 * rebuild — for owners and reviewers of the stakeholders the history made.
 */
describe('my work as rows = the plain fold, as of any position (property)', () => {
  it('holds for random histories, restarts, crashes and a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(...rowStoredHistoryArbitraries, async (steps, cuts, persistEvery, probes, rebuild) =>
        withRowStoredHistory('my-work', [steps, cuts, persistEvery, rebuild], async ({ store, runner, history, head, rows, plain }) => {
          const work = runner.state<MyWorkRows>(myWorkProjection.name);
          let fold = myWorkProjection.initialState();
          for (const e of await store.readAll({})) {
            fold = myWorkProjection.apply(fold, toProjectedEvent(e));
            const cut = myWorkStateOfRows(work, e.position);
            expect(plainOf(cut)).toEqual(plainOf(fold));
            // The same order too: the task lists are built in it.
            expect(Object.keys(cut.proposals)).toEqual(Object.keys(fold.proposals));
          }
          const stakeholders = history.filter((h) => h.event.type === 'StakeholderRegistered').map((h) => (h.event.data as { id: string }).id);
          const principals: Principal[] = [
            { id: 'o', roles: stakeholders.slice(0, 2).map((s) => ({ role: 'process-owner', stakeholder: s })) },
            ...stakeholders.slice(0, 3).map((s): Principal => ({ id: `r-${s}`, roles: [{ role: 'reviewer', stakeholder: s }] })),
          ];
          for (const probe of probes) {
            const at = BigInt(probe % (Number(head) + 2));
            for (const asOf of [{ position: at }, instantNear(at)]) {
              for (const p of principals) expect(await rows.myTasks(p, { seenUpTo: at / 2n }, asOf)).toEqual(await plain.myTasks(p, { seenUpTo: at / 2n }, asOf));
            }
          }
          for (const p of principals) expect(await rows.myTasks(p, {})).toEqual(await plain.myTasks(p, {}));
          const now = new Date(Date.parse('2024-01-01T00:00:00.000Z') + Number(head) * 60_000).toISOString();
          expect(await rows.dueReminders(now, REVIEW_LEAD)).toEqual(await plain.dueReminders(now, REVIEW_LEAD));
        }),
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
