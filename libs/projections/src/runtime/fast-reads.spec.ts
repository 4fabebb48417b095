import { fastReadsOf, fastReadsOverReadAll, type FastReads, type LeanStoredEvent } from '@samsyn/event-store';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { writeScenario } from '../testing/scenario';

const lean = ({ id: _id, hash: _hash, previousHash: _previous, ...e }: LeanStoredEvent & { id?: string; hash?: string; previousHash?: string }): LeanStoredEvent => e;

/** The read side reads through FastReads: the SQLite store's own, or the fallback over readAll. Both must answer alike. */
describe('fast reads: the SQLite store offers its own, and the fallback answers as they do', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  // Compile-time: the SQLite store is a FastReads as it is.
  const own: FastReads = store;
  const fallback = fastReadsOverReadAll(store);
  let head: bigint;

  beforeAll(async () => {
    await writeScenario(store);
    head = (await store.headPosition())!;
  });
  afterAll(() => store.close());

  it('fastReadsOf answers the store itself', () => expect(fastReadsOf(store)).toBe(own));

  it('readRangeLean: every range, with and without a type filter', async () => {
    for (let after = 0n; after <= head; after += 3n) {
      for (const upTo of [after + 1n, after + 7n, head + 2n]) {
        for (const types of [undefined, ['ReviewSubmitted', 'ProcessRevised'], []]) {
          const [a, b] = await Promise.all([own.readRangeLean({ after, upTo, types }), fallback.readRangeLean({ after, upTo, types })]);
          expect({ events: b.events.map(lean), last: b.last }).toEqual({ events: a.events.map(lean), last: a.last });
        }
      }
    }
  });

  it('readAt, readAtLean and readAllLean', async () => {
    const positions = [head, 1n, head + 4n, 3n, 3n];
    expect(await fallback.readAt(positions)).toEqual(await own.readAt(positions));
    expect((await fallback.readAtLean(positions)).map(lean)).toEqual((await own.readAtLean(positions)).map(lean));
    expect((await fallback.readAllLean({ after: 4n, maxCount: 5 })).map(lean)).toEqual(await own.readAllLean({ after: 4n, maxCount: 5 }));
  });
});
