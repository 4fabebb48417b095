import fc from 'fast-check';
import { toProjectedEvent } from '../projection';
import { instantNear, rowStoredHistoryArbitraries, withRowStoredHistory } from '../testing/row-stored-history';
import { stakeholderHistoryProjection } from './stakeholder-history.projection';
import { type StakeholderHistoryRows, stakeholderPositionsOfRows } from './stakeholder-history.rows';

/**
 * The stakeholder histories kept as system-versioned rows answer every history as of a random
 * position or instant, whole and paged, exactly as a plain fold of the events up to it does —
 * across restarts, crashes and a rebuild (a revision reaches the participants it had before, a
 * deviation's decision the stakeholder that asked, whichever save fell in between).
 */
describe('stakeholder histories as rows = the plain fold, as of any position (property)', () => {
  it('holds for random histories, restarts, crashes and a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(...rowStoredHistoryArbitraries, async (steps, cuts, persistEvery, probes, rebuild) =>
        withRowStoredHistory('stakeholder-history', [steps, cuts, persistEvery, rebuild], async ({ store, runner, history, head, rows, plain }) => {
          const ids = [...new Set(history.filter((h) => h.event.type === 'StakeholderRegistered').map((h) => (h.event.data as { id: string }).id))];
          const histories = runner.state<StakeholderHistoryRows>(stakeholderHistoryProjection.name);
          let fold = stakeholderHistoryProjection.initialState();
          for (const e of await store.readAll({})) {
            fold = stakeholderHistoryProjection.apply(fold, toProjectedEvent(e));
            for (const id of ids) expect(stakeholderPositionsOfRows(histories, id, e.position)).toEqual(fold.entries[id]);
          }
          for (const probe of probes) {
            const at = BigInt(probe % (Number(head) + 2));
            for (const asOf of [{ position: at }, instantNear(at)]) {
              for (const id of ids.slice(0, 4)) {
                expect(await rows.stakeholderHistory(id, asOf)).toEqual(await plain.stakeholderHistory(id, asOf));
                const page = { after: at / 3n, limit: 1 + (probe % 5) };
                expect(await rows.stakeholderHistory(id, asOf, page)).toEqual(await plain.stakeholderHistory(id, asOf, page));
              }
            }
          }
          for (const id of [...ids, 'nobody']) expect(await rows.stakeholderHistory(id)).toEqual(await plain.stakeholderHistory(id));
        }),
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
