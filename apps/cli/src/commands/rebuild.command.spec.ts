import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { sqliteProjectionStateStore } from '@samsyn/projections';
import { catalogueProjection } from '@samsyn/projections/catalogue/catalogue.projection';
import { directoryProjection } from '@samsyn/projections/directory/directory.projection';
import { copyRenamed, hostileRenaming } from '@samsyn/projections/testing/hostile-ids';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { runCli as cli } from '../testing/run-cli';

const READ_MODELS = ['catalogue', 'process-history', 'proposals', 'directory', 'stakeholder-history'];

describe('samsyn rebuild and rebuild --check', () => {
  let dir: string;
  let head: bigint;
  /** Overwrites a saved state in place, as a fold fixed since (or a damaged file) would have left it. */
  const corrupt = async (key: string, state: unknown) => {
    const states = sqliteProjectionStateStore({ path: join(dir, 'projections.sqlite') });
    await states.save(key, state, head, head);
    states.close();
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-rebuild-'));
    const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
    await writeScenario(store);
    head = (await store.headPosition())!;
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--check with nothing saved names every read model as differing, exit 1', async () => {
    const r = await cli(dir, 'rebuild', '--check');
    expect(r.code).toBe(1);
    for (const name of READ_MODELS) expect(r.out).toContain(`${name}: DIFFERS from its rebuild, first at (no saved state)`);
  });

  it('a caught-up read model that is wrong: --check names it (exit 1) and changes nothing; rebuild replays it from the first event; --check then exits 0', async () => {
    expect((await cli(dir, 'rebuild')).code).toBe(0);
    const ok = await cli(dir, 'rebuild', '--check');
    expect(ok).toMatchObject({ code: 0, err: '' });
    for (const name of READ_MODELS) expect(ok.out).toContain(`${name}: equal to its rebuild at position ${head}`);

    await corrupt(`directory@v${directoryProjection.version}`, { stakeholders: { ksn: { id: 'ksn', name: 'Forged' } }, bodies: {}, terms: {}, systems: {} });
    const bad = await cli(dir, 'rebuild', '--check');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`directory: DIFFERS from its rebuild at position ${head}, first at bodies.adm`);
    expect(bad.out).toContain('catalogue: equal to its rebuild');
    expect((await cli(dir, 'rebuild', '--check', 'directory')).code).toBe(1); // --check wrote nothing

    // one read model, caught up: rebuilt from fresh state all the same
    expect((await cli(dir, 'rebuild', 'directory')).code).toBe(0);
    expect(await cli(dir, 'rebuild', '--check')).toMatchObject({ code: 0 });
    const one = await cli(dir, 'rebuild', '--check', 'directory');
    expect(one).toMatchObject({ code: 0, out: `directory: equal to its rebuild at position ${head}\n` });
  });

  it('a state whose events would no longer fold the same shows the first difference by path', async () => {
    expect((await cli(dir, 'rebuild')).code).toBe(0);
    await corrupt(`catalogue@v${catalogueProjection.version}`, { processes: {}, openProposalProcess: {} });
    const r = await cli(dir, 'rebuild', '--check', 'catalogue');
    expect(r).toMatchObject({ code: 1, out: `catalogue: DIFFERS from its rebuild at position ${head}, first at openProposalProcess.p5\n` });
  });

  it('a history with ids such as constructor and __proto__ rebuilds, and equals its rebuild', async () => {
    const hostileDir = mkdtempSync(join(tmpdir(), 'samsyn-rebuild-hostile-'));
    try {
      const from = sqliteEventStore({ path: join(dir, 'events.sqlite') });
      const to = sqliteEventStore({ path: join(hostileDir, 'events.sqlite') });
      await copyRenamed(from, to, hostileRenaming(0));
      await from.close();
      await to.close();
      const r = await cli(hostileDir, 'rebuild');
      expect(r).toMatchObject({ code: 0, err: '' });
      expect((await cli(hostileDir, 'rebuild', '--check')).code).toBe(0);
      const history = await cli(hostileDir, 'replay', '--as-of', String(head), '--model', 'stakeholder-history', '--id', 'constructor');
      expect(history.code).toBe(0);
      expect(JSON.parse(history.out)[0]).toMatchObject({ type: 'StakeholderRegistered' });
    } finally {
      rmSync(hostileDir, { recursive: true, force: true });
    }
  });

  it('replay --as-of a position beyond the head answers as of the head; past 2^53 − 1 it is refused', async () => {
    const atHead = await cli(dir, 'replay', '--as-of', String(head));
    const beyond = await cli(dir, 'replay', '--as-of', String(Number.MAX_SAFE_INTEGER));
    expect(beyond).toMatchObject({ code: 0, out: atHead.out });
    const huge = await cli(dir, 'replay', '--as-of', '9223372036854775807');
    expect(huge.code).toBe(2);
    expect(huge.err).toMatch(/^samsyn: --as-of: a global position is at most 9007199254740991/);
  });
});
