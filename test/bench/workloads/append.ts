import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { EventToAppend } from '@samsyn/event-store';
import { openDatabase, sqliteEventStore } from '@samsyn/store-sqlite';
import { deterministicId } from '../support/rng';
import { ratio, round } from '../support/stats';

/**
 * Workload 1: one append at a time (each awaited: one transaction, one WAL sync), each with the
 * stream's expected revision, spread over many streams. The same events go three ways: the
 * storage port, bare better-sqlite3 inserts of the same rows on the same pragmas (no revision
 * check read, no hash chain: the floor any store on this engine pays), and Emmett's SQLite store.
 * Port and raw are warmed up, then measured in alternating rounds.
 */
export interface AppendResults {
  appends: number;
  streams: number;
  port: { appendsPerSecond: number };
  rawBetterSqlite3: { appendsPerSecond: number };
  emmettSqlite: { appendsPerSecond: number; busyRetries: number; synchronous: string; journalMode: string } | { error: string };
  ratioToRaw: number;
  ratioToEmmett: number | null;
}

const event = (n: number): EventToAppend => ({
  id: deterministicId(7, n),
  type: 'ReviewSubmitted',
  schemaVersion: 2,
  data: { id: `p${n % 500}`, version: 1, stakeholder: 'm1-ksn', reviewer: 'r-m1-ksn', verdict: 'accept', comment: 'Tillstyrks.' },
  metadata: { actor: 'r-m1-ksn', occurredAt: new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString(), correlationId: `c${n}`, causationId: null },
});

export async function appendWorkload(dir: string, appends: number, streams = 500): Promise<AppendResults> {
  const warmUp = Math.min(300, Math.floor(appends / 10));
  const events = Array.from({ length: warmUp + appends }, (_, i) => event(i));

  // The port.
  const store = sqliteEventStore({ path: join(dir, 'append-port.sqlite') });
  const revisions = new Map<string, bigint>();
  const portAppends = async (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const stream = `proposal-p${i % streams}`;
      const r = revisions.get(stream);
      const result = await store.append(stream, [events[i]], { expectedRevision: r ?? 'no-stream' });
      revisions.set(stream, result.nextRevision);
    }
  };

  // Raw better-sqlite3: the same schema and pragmas (openDatabase), the same rows, one transaction each.
  const db = openDatabase({ path: join(dir, 'append-raw.sqlite') });
  const insert = db.prepare(
    'INSERT INTO events (position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const fakeHash = createHash('sha256').update('x').digest('hex');
  const one = db.transaction((i: number, revision: number) => {
    const e = events[i];
    insert.run(i + 1, `proposal-p${i % streams}`, revision, e.id, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata), fakeHash, fakeHash);
  });
  const rawAppends = (from: number, to: number) => {
    for (let i = from; i < to; i++) one.immediate(i, Math.floor(i / streams));
  };

  // Both warmed up (JIT, page cache), then measured in alternating rounds, so that neither is
  // the one that runs cold or while the machine is busier.
  await portAppends(0, warmUp);
  rawAppends(0, warmUp);
  const ROUNDS = 3;
  let portMs = 0;
  let rawMs = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const from = warmUp + Math.floor((appends * r) / ROUNDS);
    const to = warmUp + Math.floor((appends * (r + 1)) / ROUNDS);
    let t = performance.now();
    await portAppends(from, to);
    portMs += performance.now() - t;
    t = performance.now();
    rawAppends(from, to);
    rawMs += performance.now() - t;
  }
  const portRate = appends / (portMs / 1000);
  const rawRate = appends / (rawMs / 1000);
  await store.close();
  db.close();

  const emmett = await emmettAppends(join(dir, 'append-emmett.sqlite'), events.slice(warmUp), streams).catch((e: Error) => ({ error: `${e.name}: ${e.message}` }));
  return {
    appends,
    streams,
    port: { appendsPerSecond: round(portRate) },
    rawBetterSqlite3: { appendsPerSecond: round(rawRate) },
    emmettSqlite: emmett,
    ratioToRaw: ratio(portRate, rawRate),
    ratioToEmmett: 'appendsPerSecond' in emmett ? ratio(portRate, emmett.appendsPerSecond) : null,
  };
}

/** Emmett 0.38.5's SQLite store (sqlite3 driver), appending the same events with the expected stream version. */
async function emmettAppends(path: string, events: EventToAppend[], streams: number) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const emmett = require('@event-driven-io/emmett-sqlite') as typeof import('@event-driven-io/emmett-sqlite');
  const es = emmett.getSQLiteEventStore({ fileName: path });
  const versions = new Map<string, bigint>();
  // Emmett opens a connection per operation; what it runs with is what its connection sets plus
  // SQLite's defaults. Read them back on a connection of its own making.
  const probe = emmett.sqliteConnection({ fileName: path });
  const synchronous = (await probe.querySingle<{ synchronous: number }>('PRAGMA synchronous'))?.synchronous;
  const journalMode = (await probe.querySingle<{ journal_mode: string }>('PRAGMA journal_mode'))?.journal_mode;
  probe.close();
  let busyRetries = 0;
  const log = console.log;
  console.log = () => undefined; // emmett logs every failed transaction to the console
  const t = performance.now();
  try {
  for (let i = 0; i < events.length; i++) {
    const stream = `proposal-p${i % streams}`;
    const e = events[i];
    const v = versions.get(stream);
    const append = () =>
      es.appendToStream(stream, [{ type: e.type, data: e.data as Record<string, unknown>, metadata: e.metadata }], {
        expectedStreamVersion: v ?? emmett.SQLiteEventStoreDefaultStreamVersion,
      });
    let result;
    for (let attempt = 0; ; attempt++) {
      try {
        result = await append();
        break;
      } catch (error) {
        // sqlite3's get() on INSERT … RETURNING finalises its statement late, so a COMMIT
        // sometimes finds it "in progress" (SQLITE_BUSY); the transaction was rolled back, so
        // retrying is safe. Counted and reported, not hidden.
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 10) throw error;
        busyRetries++;
      }
    }
    versions.set(stream, result.nextExpectedStreamVersion);
  }
  } finally {
    console.log = log;
  }
  const rate = events.length / ((performance.now() - t) / 1000);
  return { appendsPerSecond: round(rate), busyRetries, synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][Number(synchronous)] ?? String(synchronous), journalMode: String(journalMode) };
}
