import { join } from 'node:path';
import type { EventToAppend } from '@samsyn/event-store';
import { treeProofs, verifyConsistency } from '@samsyn/audit-proofs';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { deterministicId } from '../support/rng';
import { ratio, round, summarize, type Latency } from '../support/stats';

/**
 * The cost of the Merkle tree (issue 13): durable single-event appends (each awaited, one
 * transaction, one fsync) with the tree and without it (the store's bench-only `merkleTree:
 * false`), same events, warmed up, alternating rounds; and, on the largest history, the time to
 * prove that the tree of the whole history extends the tree of size 1 — the nodes fetched from
 * SQLite, the proof built and verified.
 */
export interface MerkleResults {
  appends: number;
  withTree: { appendsPerSecond: number };
  withoutTree: { appendsPerSecond: number };
  ratio: number;
  nodesPerEvent: number;
  consistency: { from: number; to: number; proofHashes: number; latency: Latency };
}

const event = (n: number): EventToAppend => ({
  id: deterministicId(13, n),
  type: 'ReviewSubmitted',
  schemaVersion: 2,
  data: { id: `p${n % 500}`, version: 1, stakeholder: 'm1-ksn', reviewer: 'r-m1-ksn', verdict: 'accept', comment: 'Tillstyrks.' },
  metadata: { actor: 'r-m1-ksn', occurredAt: new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString(), correlationId: `c${n}`, causationId: null },
});

export async function merkleWorkload(dir: string, appends: number, history: { path: string; head: number }): Promise<MerkleResults> {
  const warmUp = Math.min(300, Math.floor(appends / 10));
  const events = Array.from({ length: warmUp + appends }, (_, i) => event(i));
  const stores = { with: sqliteEventStore({ path: join(dir, 'merkle-with.sqlite') }), without: sqliteEventStore({ path: join(dir, 'merkle-without.sqlite'), merkleTree: false }) };
  const run = async (which: 'with' | 'without', from: number, to: number) => {
    const t = performance.now();
    for (let i = from; i < to; i++) await stores[which].append(`proposal-p${i % 500}`, [events[i]], { expectedRevision: 'any' });
    return performance.now() - t;
  };
  await run('with', 0, warmUp);
  await run('without', 0, warmUp);
  const ROUNDS = 4;
  const ms = { with: 0, without: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    const from = warmUp + Math.floor((appends * r) / ROUNDS);
    const to = warmUp + Math.floor((appends * (r + 1)) / ROUNDS);
    // Alternate which goes first, so neither always runs on a cooler machine.
    for (const which of r % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) ms[which] += await run(which, from, to);
  }
  const nodes = Number(stores.with.db.prepare('SELECT COUNT(*) FROM merkle_nodes').pluck(true).get() as bigint);
  await stores.with.close();
  await stores.without.close();

  const store = sqliteEventStore({ path: history.path });
  try {
    const proofs = treeProofs(store.merkleTree());
    const to = BigInt(history.head);
    const first = await proofs.root(1n);
    const last = await proofs.root(to);
    const times: number[] = [];
    let proofHashes = 0;
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const path = await proofs.consistency(1n, to);
      if (!verifyConsistency(1n, to, first, last, path)) throw new Error('the bench history does not prove consistent with itself');
      times.push(performance.now() - t);
      proofHashes = path.length;
    }
    const withRate = round(appends / (ms.with / 1000));
    const withoutRate = round(appends / (ms.without / 1000));
    return {
      appends,
      withTree: { appendsPerSecond: withRate },
      withoutTree: { appendsPerSecond: withoutRate },
      ratio: ratio(withRate, withoutRate),
      nodesPerEvent: round(nodes / (warmUp + appends), 2),
      consistency: { from: 1, to: history.head, proofHashes, latency: summarize(times) },
    };
  } finally {
    await store.close();
  }
}
