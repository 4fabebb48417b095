import fc from 'fast-check';
import { toProjectedEvent } from '../projection';
import { instantNear, rowStoredHistoryArbitraries, withRowStoredHistory } from '../testing/row-stored-history';
import { proposalsProjection } from './proposals.projection';
import type { ProposalRows } from './proposals.rows';

/**
 * The proposal board kept as system-versioned rows answers every read as of a random position
 * exactly as a plain fold of the events up to it does — with the rows written by runners that are
 * stopped, killed and restarted while the history is written, saved at random intervals (so
 * answers come from the table, the pending rows, or both), and after a rebuild of the board.
 */
describe('proposal board as rows = the plain fold, as of any position (property)', () => {
  it('holds for random histories, restarts, crashes and a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(...rowStoredHistoryArbitraries, async (steps, cuts, persistEvery, probes, rebuild) =>
        withRowStoredHistory('proposals', [steps, cuts, persistEvery, rebuild], async ({ store, runner, history, head, rows, plain }) => {
          const ids = [...new Set(history.filter((h) => h.event.type === 'ProposalSubmitted').map((h) => (h.event.data as { id: string }).id))];
          // Every position, against a plain fold of the events up to it.
          const board = runner.state<ProposalRows>(proposalsProjection.name);
          let fold = proposalsProjection.initialState();
          expect(board.recordsAt(0n)).toEqual([]);
          for (const e of await store.readAll({})) {
            fold = proposalsProjection.apply(fold, toProjectedEvent(e));
            expect(board.recordsAt(e.position)).toEqual(Object.values(fold.proposals));
            for (const id of ids.slice(0, 2)) expect(board.recordAt(id, e.position)).toEqual(fold.proposals[id]);
          }
          for (const probe of probes) {
            const at = BigInt(probe % (Number(head) + 2));
            // The reads over the records, now and as of random positions and instants.
            expect(await rows.proposals({}, { position: at })).toEqual(await plain.proposals({}, { position: at }));
            expect(await rows.governanceReport({ position: at })).toEqual(await plain.governanceReport({ position: at }));
            for (const id of ids.slice(0, 3)) expect(await rows.proposal(id, { position: at })).toEqual(await plain.proposal(id, { position: at }));
            expect(await rows.proposals({}, instantNear(at))).toEqual(await plain.proposals({}, instantNear(at)));
          }
          expect(await rows.proposals({})).toEqual(await plain.proposals({}));
        }),
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
