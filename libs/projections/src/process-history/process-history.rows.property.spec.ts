import fc from 'fast-check';
import { toProjectedEvent } from '../projection';
import { instantNear, rowStoredHistoryArbitraries, withRowStoredHistory } from '../testing/row-stored-history';
import { processHistoryProjection } from './process-history.projection';
import type { ProcessHistoryRows } from './process-history.rows';

/**
 * The process histories kept as system-versioned rows answer every read as of a random position
 * or instant exactly as a plain fold of the events up to it does — the decisions waiting for their
 * revision carried with the checkpoint across restarts, crashes and a rebuild (a revision names
 * the decision behind it however the saves fell between the decision and the revision).
 */
describe('process history as rows = the plain fold, as of any position (property)', () => {
  it('holds for random histories, restarts, crashes and a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(...rowStoredHistoryArbitraries, async (steps, cuts, persistEvery, probes, rebuild) =>
        withRowStoredHistory('process-history', [steps, cuts, persistEvery, rebuild], async ({ store, runner, history, head, rows, plain }) => {
          const ids = [...new Set(history.filter((h) => h.event.type === 'ProcessRegistered').map((h) => (h.event.data as { id: string }).id))];
          const histories = runner.state<ProcessHistoryRows>(processHistoryProjection.name);
          let fold = processHistoryProjection.initialState();
          expect(histories.keyedRecordsAt(0n)).toEqual([]);
          for (const e of await store.readAll({})) {
            fold = processHistoryProjection.apply(fold, toProjectedEvent(e));
            expect(Object.fromEntries(histories.keyedRecordsAt(e.position))).toEqual({ ...fold.processes });
          }
          expect({ ...(histories.carry as object) }).toEqual({ ...fold.pendingDecisions });
          for (const probe of probes) {
            const at = BigInt(probe % (Number(head) + 2));
            for (const asOf of [{ position: at }, instantNear(at)]) {
              for (const id of ids.slice(0, 3)) {
                expect(await rows.revisions(id, asOf)).toEqual(await plain.revisions(id, asOf));
                expect(await rows.revision(id, 1, asOf)).toEqual(await plain.revision(id, 1, asOf));
              }
              expect(await rows.adoptionLagReport(asOf)).toEqual(await plain.adoptionLagReport(asOf));
              expect(await rows.harmonizationReport(asOf)).toEqual(await plain.harmonizationReport(asOf));
            }
          }
          for (const id of ids) expect(await rows.revisions(id)).toEqual(await plain.revisions(id));
          expect(await rows.adoptionLagReport()).toEqual(await plain.adoptionLagReport());
        }),
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
