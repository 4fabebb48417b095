import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrokenBackupError, copySqliteStore, sqliteEventStore, type VerifyCopy, type VerifiedCopy } from '@samsyn/store-sqlite';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { CliError, type CliIo } from '../cli-io';
import { storeSettings, type StoreSettings } from '../store-options';

/** Opens the copy as a store and walks its hash chain: a copy is only good if it verifies. */
const verifyCopy: VerifyCopy = async (path) => {
  const store = sqliteEventStore({ path });
  try {
    return await store.verifyChain();
  } finally {
    await store.close();
  }
};

const embeddedOnly = (s: StoreSettings, what: string): void => {
  if (s.store !== 'sqlite') {
    throw new CliError(`${what} copies the embedded store; for ${s.store}, use its own tools (README "Backup and restore")`);
  }
};

const copy = async (from: string, to: string): Promise<VerifiedCopy> => {
  try {
    return await copySqliteStore(from, to, verifyCopy);
  } catch (e) {
    if (e instanceof BrokenBackupError) throw new CliError(e.message);
    throw new CliError(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
};

const said = (io: CliIo, verb: string, c: VerifiedCopy): void => {
  io.stdout.write(`${verb} ${c.path}: ${c.events} events verified, head position ${c.headPosition ?? 'none'}, head hash ${c.headHash ?? 'none'}\n`);
};

/**
 * `samsyn backup --out <file>`: an online, consistent copy of the embedded store, verified.
 * `samsyn restore <file>`: that copy into a data directory without a store, verified again; the
 * read models are rebuilt from it when the server next starts.
 */
export const registerBackup: CommandRegistrar = (program, io) => {
  program
    .command('backup')
    .description('copy the embedded store while the server runs (SQLite online backup), verified')
    .requiredOption('--out <file>', 'where to write the copy (must not exist)')
    .action(async (opts: { out: string }, cmd) => {
      const s = storeSettings(globalFlags(cmd), io);
      embeddedOnly(s, 'backup');
      said(io, 'backed up to', await copy(s.sqlitePath, resolve(io.cwd, opts.out)));
    });

  program
    .command('restore')
    .description('restore a backup into a data directory that has no store yet, verified')
    .argument('<file>', 'a file written by samsyn backup')
    .action(async (file: string, _opts: unknown, cmd) => {
      const s = storeSettings(globalFlags(cmd), io);
      embeddedOnly(s, 'restore');
      if (existsSync(s.projectionsPath)) throw new CliError(`${s.projectionsPath} holds read models of another store: restore into an empty data directory`);
      mkdirSync(s.dataDir, { recursive: true, mode: 0o700 });
      said(io, 'restored', await copy(resolve(io.cwd, file), s.sqlitePath));
      io.stdout.write('the read models are rebuilt from the restored events when the server starts (or run samsyn rebuild)\n');
    });
};
