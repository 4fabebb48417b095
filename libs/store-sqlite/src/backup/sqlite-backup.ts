import Database from 'better-sqlite3';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';

/** What a copy of the store holds once it is checked: its chain verified end to end. */
export interface VerifiedCopy {
  path: string;
  events: number;
  headPosition: bigint | null;
  headHash: string | null;
}

/** The copy's chain did not verify: the first broken position, so nobody restores a tampered file. */
export class BrokenBackupError extends Error {
  constructor(readonly brokenAt: bigint | undefined, reason: string | undefined) {
    super(`the copy does not verify: ${reason ?? 'hash chain broken'}${brokenAt === undefined ? '' : ` at position ${brokenAt}`}`);
    this.name = 'BrokenBackupError';
  }
}

/** How the caller checks a copy: opens it as a store and walks the chain (the CLI passes its store). */
export type VerifyCopy = (path: string) => Promise<{ ok: boolean; checked: number; headPosition: bigint | null; headHash: string | null; brokenAt?: bigint; reason?: string }>;

/**
 * A consistent copy of a live embedded store through SQLite's online backup API: the copy is the
 * database as of one instant, whatever the server commits meanwhile (WAL readers do not block the
 * writer, nor it them). Written next to the destination and renamed into place only once it
 * verifies, so a half-written or broken copy never stands under the real name. Mode 0600: the copy
 * holds everything the store does.
 */
export const copySqliteStore = async (source: string, destination: string, verify: VerifyCopy): Promise<VerifiedCopy> => {
  if (!existsSync(source)) throw new Error(`no event store at ${source}`);
  if (existsSync(destination)) throw new Error(`${destination} exists: refusing to overwrite it`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  chmodSync(partial, 0o600);
  try {
    const r = await verify(partial);
    if (!r.ok) throw new BrokenBackupError(r.brokenAt, r.reason);
    // The copy stands alone: its write-ahead log folded in, so one file is the whole store.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('wal_checkpoint(TRUNCATE)');
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
    return { path: destination, events: r.checked, headPosition: r.headPosition, headHash: r.headHash };
  } catch (e) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    throw e;
  }
};
