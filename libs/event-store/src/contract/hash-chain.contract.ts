import { events, GENESIS } from './contract-fixtures';
import type { ContractWorld, TamperHooks } from './contract-world';

/** The hash chain: every event linked to the one before it, and a tampered store caught at the first broken position. */
export function describeHashChainContract(world: ContractWorld): void {
  const { store } = world;
  describe('hash chain', () => {
    it('links every event to the previous one, from the genesis hash', async () => {
      await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
      await store.append('term-1', events(2), { expectedRevision: 'no-stream' });
      const all = await store.readAll();
      expect(all[0].previousHash).toBe(GENESIS);
      for (let i = 1; i < all.length; i++) expect(all[i].previousHash).toBe(all[i - 1].hash);
      expect(new Set(all.map((e) => e.hash)).size).toBe(all.length);
    });

    it('verifies an empty store', async () => {
      const v = await store.verifyChain();
      expect(v).toMatchObject({ ok: true, checked: 0, headPosition: null, headHash: null });
      expect(v.brokenAt).toBeUndefined();
    });

    it('verifies an intact store and reports progress', async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      await store.append('term-1', events(2), { expectedRevision: 'no-stream' });
      const all = await store.readAll();
      const progress: number[] = [];
      const v = await store.verifyChain((checked) => progress.push(checked));
      expect(v.ok).toBe(true);
      expect(v.checked).toBe(5);
      expect(v.headPosition).toBe(all[4].position);
      expect(v.headHash).toBe(all[4].hash);
      expect(v.brokenAt).toBeUndefined();
      expect(progress[progress.length - 1]).toBe(5);
    });

    const seed = async () => {
      await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
      await store.append('term-1', events(3), { expectedRevision: 'no-stream' });
      return store.readAll();
    };

    // The verifier itself is unit-tested in libs/event-store/src/hash-chain.
    const withTamper = (title: string, body: (t: TamperHooks) => Promise<void>) =>
      world.tamperable &&
      it(title, async () => {
        if (!world.subject.tamper) throw new Error('the subject gives no tamper hooks; pass { tamper: false } to the contract');
        await body(world.subject.tamper);
      });

    withTamper('reports the first broken position when an event is edited', async (t) => {
      const all = await seed();
      await t.editEventData(all[2].position, { i: 999 });
      const v = await store.verifyChain();
      expect(v.ok).toBe(false);
      expect(v.brokenAt).toBe(all[2].position);
      expect(v.reason).toEqual(expect.any(String));
    });

    withTamper('reports the first broken position when an event is deleted', async (t) => {
      const all = await seed();
      await t.deleteEvent(all[3].position);
      const v = await store.verifyChain();
      expect(v.ok).toBe(false);
      // The event after the hole is the first whose link does not verify.
      expect(v.brokenAt).toBe(all[4].position);
    });

    withTamper('reports the first broken position when events are reordered', async (t) => {
      const all = await seed();
      await t.swapEvents(all[1].position, all[4].position);
      const v = await store.verifyChain();
      expect(v.ok).toBe(false);
      expect(v.brokenAt).toBe(all[1].position);
    });
  });
}
