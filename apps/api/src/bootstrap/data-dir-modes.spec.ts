import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteProjectionStateStore } from '@samsyn/projections/state-store/sqlite-projection-state-store';
import { makePrivateDatabaseFile } from '@samsyn/store-sqlite';
import { resolveJwtSecret } from '../infrastructure/auth/jwt-secret';
import { configFromEnv } from '../infrastructure/config/api-config';
import { systemClock } from '../infrastructure/tokens';
import { openEventStore as openStore } from '@samsyn/open-store';
import { openRuntime, projectionsPathIn } from './samsyn-runtime';

const mode = (p: string): string => (fs.statSync(p).mode & 0o777).toString(8);

/** Issue 10 item 17: the data directory and every file in it are its owner's alone. */
describe('the data directory and its files are private', () => {
  let parent: string;
  let umask: number;

  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-modes-'));
    umask = process.umask(0o022); // the usual default, which gave 0644 files and 0755 directories
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it('a server started on a new data directory creates it 0700 and events.sqlite, projections.sqlite, their -wal/-shm and the secret 0600', async () => {
    const dataDir = path.join(parent, 'data');
    const config = configFromEnv({ SAMSYN_DATA_DIR: dataDir });
    const store = await openStore(config);
    const runtime = await openRuntime({ store, clock: systemClock, projectionsPath: projectionsPathIn(config.dataDir) });
    resolveJwtSecret(undefined, dataDir);
    await store.append('probe-1', [{ type: 'Probe', schemaVersion: 1, data: {}, metadata: { actor: 't', occurredAt: systemClock.now(), correlationId: 'c', causationId: 'c' } as never }], { expectedRevision: 'no-stream' });

    const files = fs.readdirSync(dataDir).sort();
    expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm', 'projections.sqlite', 'projections.sqlite-wal', 'projections.sqlite-shm', 'jwt-secret']));
    expect(mode(dataDir)).toBe('700');
    expect(Object.fromEntries(files.map((f) => [f, mode(path.join(dataDir, f))]))).toEqual(Object.fromEntries(files.map((f) => [f, '600'])));
    await runtime.close();
  });

  it('a database file from before (0644, with its -wal and -shm) is tightened to 0600 when opened', () => {
    const file = path.join(parent, 'projections.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE t (x)');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.chmodSync(f, 0o644);
    const store = sqliteProjectionStateStore({ path: file });
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, '600']);
    store.close();
    old.close();
  });

  it(':memory: is left to SQLite (no file named so appears)', () => {
    expect(() => makePrivateDatabaseFile(':memory:')).not.toThrow();
    expect(fs.existsSync(':memory:')).toBe(false);
  });
});
