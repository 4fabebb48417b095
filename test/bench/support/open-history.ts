import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { generateHistory, type HistoryOptions, type HistoryShape } from './history';

export const benchDir = (): string => mkdtempSync(join(tmpdir(), 'samsyn-bench-'));

/** Writes a history into a new SQLite file and closes it; returns its path, shape and generation time. */
export async function writeHistoryFile(dir: string, name: string, o: HistoryOptions): Promise<{ path: string; shape: HistoryShape; seconds: number }> {
  const path = join(dir, `${name}.sqlite`);
  // Generation commits on the store's own connection, whose synchronous=OFF (see generateHistory)
  // is then the committing one; a writer thread's connection would sync every batch.
  const store = sqliteEventStore({ path, writerThread: false });
  const t = performance.now();
  const shape = await generateHistory(store, o);
  const seconds = (performance.now() - t) / 1000;
  await store.close();
  return { path, shape, seconds };
}
