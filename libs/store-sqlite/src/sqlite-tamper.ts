import Database from 'better-sqlite3';

/**
 * Edits the SQLite file behind the store's back, as an attacker with file access would: the
 * contract uses these to prove the hash-chain verifier notices. Never used by production code.
 */
export function sqliteTamper(path: string) {
  const withDb = (fn: (db: Database.Database) => void): Promise<void> => {
    const db = new Database(path);
    db.defaultSafeIntegers(true);
    db.pragma('busy_timeout = 5000');
    try {
      db.transaction(() => fn(db)).immediate();
      return Promise.resolve();
    } finally {
      db.close();
    }
  };
  const CONTENT = ['stream_id', 'revision', 'id', 'type', 'schema_version', 'data', 'metadata', 'hash', 'previous_hash'];
  return {
    editEventData: (position: bigint, newData: unknown) =>
      withDb((db) => {
        db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(newData), position);
      }),
    deleteEvent: (position: bigint) =>
      withDb((db) => {
        db.prepare('DELETE FROM events WHERE position = ?').run(position);
      }),
    /** Each position keeps its number and takes the other's content (hashes included). */
    swapEvents: (a: bigint, b: bigint) =>
      withDb((db) => {
        const read = db.prepare(`SELECT ${CONTENT.join(', ')} FROM events WHERE position = ?`);
        const rowA = read.get(a) as Record<string, unknown>;
        const rowB = read.get(b) as Record<string, unknown>;
        const write = db.prepare(`UPDATE events SET ${CONTENT.map((c) => `${c} = @${c}`).join(', ')} WHERE position = @position`);
        // Park both out of the way of the unique (id) and (stream_id, revision) constraints first.
        const park = db.prepare(`UPDATE events SET id = 'tamper-' || id, stream_id = 'tamper-' || stream_id WHERE position = ?`);
        park.run(a);
        park.run(b);
        write.run({ ...rowB, position: a });
        write.run({ ...rowA, position: b });
      }),
  };
}
