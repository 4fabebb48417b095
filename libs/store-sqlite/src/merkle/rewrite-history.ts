import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { hashParts, spliceHashParts } from '@samsyn/event-store';
import { inlineMerkleWriter } from './inline-merkle-writer';

/**
 * The insider's attack of issue 13, on a SQLite file: change one event's data, recompute the hash
 * chain of it and every later event, and rebuild the stored Merkle tree over the result — so that
 * everything the store itself holds agrees again. Only a signed head kept elsewhere can tell.
 * A test tool (as sqlite-tamper.ts); `truncate` drops the last events the same way.
 */
export function rewriteHistory(path: string) {
  const withDb = (fn: (db: Database.Database) => void) => {
    const db = new Database(path);
    db.defaultSafeIntegers(true);
    try {
      db.transaction(() => {
        fn(db);
        rechain(db);
        db.exec('DELETE FROM merkle_nodes');
        const head = (db.prepare('SELECT MAX(position) FROM events').pluck(true).get() as bigint | null) ?? 0n;
        inlineMerkleWriter(db).at(head);
      }).immediate();
    } finally {
      db.close();
    }
  };
  return {
    editEventData: (position: bigint, data: unknown) => withDb((db) => void db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), position)),
    truncate: (keep: bigint) => withDb((db) => void db.prepare('DELETE FROM events WHERE position > ?').run(keep)),
  };
}

function rechain(db: Database.Database): void {
  const rows = db.prepare('SELECT position, stream_id, revision, id, type, schema_version, data, metadata FROM events ORDER BY position').all() as Array<Record<string, never>>;
  const update = db.prepare('UPDATE events SET hash = ?, previous_hash = ? WHERE position = ?');
  let previous = '0'.repeat(64);
  for (const r of rows) {
    const parts = hashParts({ id: r.id, streamId: r.stream_id, type: r.type, schemaVersion: Number(r.schema_version), data: JSON.parse(r.data), metadata: JSON.parse(r.metadata) });
    const hash = createHash('sha256').update(previous).update(spliceHashParts(parts, r.position, r.revision)).digest('hex');
    update.run(hash, previous, r.position);
    previous = hash;
  }
}
