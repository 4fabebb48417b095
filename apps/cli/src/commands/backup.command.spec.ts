import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samsynApplication } from '../../../api/src/bootstrap/samsyn-application';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { runCli } from '../testing/run-cli';

/** `samsyn backup` and `samsyn restore`: an online copy that verifies, and a restore that refuses what does not. */
describe('samsyn backup / restore', () => {
  let root: string;
  let live: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'samsyn-backup-'));
    live = join(root, 'live');
    mkdirSync(live);
    const store = sqliteEventStore({ path: join(live, 'events.sqlite') });
    await writeScenario(store);
    await store.close();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('copies a store that is being written to: the copy is a verified prefix of the live history, mode 0600, one file', async () => {
    const store = sqliteEventStore({ path: join(live, 'events.sqlite') });
    const app = samsynApplication(store);
    const before = (await store.headPosition())!;
    // A writer keeps appending through the real command path while the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      const admin = { id: 'ada', name: 'Ada', roles: [{ role: 'admin' as const }] };
      while (writing) {
        await app.registerStakeholder({ id: `org-${written}`, name: `Org ${written}`, kind: 'office' }, { principal: admin });
        written++;
      }
    })();
    const out = join(root, 'copy.sqlite');
    const r = await runCli(live, 'backup', '--out', out);
    writing = false;
    await writer;
    expect(r).toMatchObject({ code: 0, err: '' });
    const [, events, head] = /^backed up to .*copy\.sqlite: (\d+) events verified, head position (\d+), head hash [0-9a-f]{64}\n$/.exec(r.out) ?? [];
    expect(BigInt(head)).toBeGreaterThanOrEqual(before);
    expect(Number(events)).toBe(Number(head));
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(root).sort()).toEqual(['copy.sqlite', 'live']);
    // The copy is the live history's prefix, event for event.
    const copy = sqliteEventStore({ path: out });
    const copied: string[] = [];
    for (const e of await copy.readAll()) copied.push(e.hash);
    await copy.close();
    const original: string[] = [];
    for (const e of await store.readAll()) original.push(e.hash);
    await store.close();
    expect(copied).toEqual(original.slice(0, copied.length));
    expect(written).toBeGreaterThan(0);
  });

  it('restores into an empty data directory, verified, and the restored store answers verify as the original', async () => {
    const out = join(root, 'copy.sqlite');
    expect((await runCli(live, 'backup', '--out', out)).code).toBe(0);
    const target = join(root, 'restored');
    const r = await runCli(target, 'restore', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^restored .*events\.sqlite: \d+ events verified/);
    expect(statSync(join(target, 'events.sqlite')).mode & 0o777).toBe(0o600);
    const a = await runCli(live, 'verify', '--json');
    const b = await runCli(target, 'verify', '--json');
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  });

  it('refuses a backup whose chain is broken, names the position, and leaves the data directory without a store', async () => {
    const out = join(root, 'copy.sqlite');
    expect((await runCli(live, 'backup', '--out', out)).code).toBe(0);
    const db = new Database(out);
    db.exec(`UPDATE events SET data = json_set(data, '$.name', 'Forged') WHERE position = 3`);
    db.close();
    const target = join(root, 'restored');
    const r = await runCli(target, 'restore', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/does not verify.*at position 3/);
    expect(existsSync(join(target, 'events.sqlite'))).toBe(false);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses to overwrite: an existing backup file, a data directory with a store or with read models', async () => {
    const out = join(root, 'copy.sqlite');
    writeFileSync(out, 'keep me');
    const again = await runCli(live, 'backup', '--out', out);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/exists: refusing to overwrite/);
    rmSync(out);
    expect((await runCli(live, 'backup', '--out', out)).code).toBe(0);
    const onLive = await runCli(live, 'restore', out);
    expect(onLive.code).not.toBe(0);
    expect(onLive.err).toMatch(/refusing to overwrite/);
    const withModels = join(root, 'models');
    mkdirSync(withModels);
    writeFileSync(join(withModels, 'projections.sqlite'), '');
    const r = await runCli(withModels, 'restore', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/read models of another store/);
  });

  it('says how to back up the other stores instead of pretending', async () => {
    const r = await runCli(live, '--store', 'postgres', 'backup', '--out', join(root, 'x'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/use its own tools/);
  });
});
