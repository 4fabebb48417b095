import type Database from 'better-sqlite3';
import { CheckpointConflictError, type CheckpointStore } from '@samsyn/event-store';
import { mapSqliteError } from './sqlite-errors';

/** Compare-and-set in one immediate transaction: a checkpoint moves only from the value read. */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly get: Database.Statement;
  private readonly compareAndSet: (name: string, position: bigint, expected: bigint | null) => void;

  constructor(db: Database.Database) {
    this.get = db.prepare('SELECT position FROM checkpoints WHERE name = ?');
    const insert = db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?)');
    const update = db.prepare('UPDATE checkpoints SET position = ? WHERE name = ?');
    const tx = db.transaction((name: string, position: bigint, expected: bigint | null) => {
      const actual = this.current(name);
      if (actual !== expected) throw new CheckpointConflictError(name, expected, actual);
      if (actual === null) insert.run(name, position);
      else update.run(position, name);
    });
    this.compareAndSet = (name, position, expected) => tx.immediate(name, position, expected);
  }

  async load(name: string): Promise<bigint | null> {
    try {
      return this.current(name);
    } catch (error) {
      throw mapSqliteError(error, 'checkpoint load');
    }
  }

  async store(name: string, position: bigint, expected: bigint | null): Promise<void> {
    try {
      this.compareAndSet(name, position, expected);
    } catch (error) {
      throw mapSqliteError(error, 'checkpoint store');
    }
  }

  private current(name: string): bigint | null {
    return (this.get.get(name) as { position: bigint } | undefined)?.position ?? null;
  }
}

/** Checkpoints on a connection opened by openDatabase (or SqliteEventStore.db). */
export const sqliteCheckpointStore = (db: Database.Database): SqliteCheckpointStore => new SqliteCheckpointStore(db);
