import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { runCli } from './testing/run-cli';

const cli = runCli;

describe('samsyn CLI (in-process)', () => {
  let dir: string;
  let marks: Record<string, bigint>;
  const dbPath = () => join(dir, 'events.sqlite');
  const tamper = (sql: string) => {
    const db = new Database(dbPath());
    db.exec(sql);
    db.close();
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-cli-'));
    const store = sqliteEventStore({ path: dbPath() });
    marks = (await writeScenario(store)).marks;
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verify: exit 0 on an intact chain', async () => {
    const r = await cli(dir, 'verify');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^ok: \d+ events verified, head position \d+/);
  });

  it.each([
    ['an edited event', `UPDATE events SET data = json_set(data, '$.name', 'Forged') WHERE position = 3`, 3n],
    // the gap shows at the event after it: its link points to a hash no event has any more
    ['a deleted event', 'DELETE FROM events WHERE position = 5', 6n],
    ['reordered events', 'UPDATE events SET position = -1 WHERE position = 7; UPDATE events SET position = 7 WHERE position = 8; UPDATE events SET position = 8 WHERE position = -1', 7n],
  ])('verify: catches %s, names the first broken position, exits 1', async (_what, sql, at) => {
    tamper(sql);
    const r = await cli(dir, 'verify', '--json');
    expect(r.code).toBe(1);
    const v = JSON.parse(r.out);
    expect(v.ok).toBe(false);
    expect(v.brokenAt).toBe(at.toString());
    expect((await cli(dir, 'verify')).out).toMatch(new RegExp(`^BROKEN at position ${at}`));
  });

  it('replay --as-of a position or an instant prints the read model as it was', async () => {
    const r = await cli(dir, 'replay', '--as-of', String(marks.revision2));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({ id: 'VA-01', headRevision: 2 });
    const instant = new Date(Number(marks.registeredAt)).toISOString();
    expect(JSON.parse((await cli(dir, 'replay', '--as-of', instant)).out)[0].headRevision).toBe(1);
    const g = await cli(dir, 'replay', '--as-of', String(marks.end), '--model', 'governance', '--out', 'gov.json');
    expect(g).toMatchObject({ code: 0, out: '' });
    expect(JSON.parse(readFileSync(join(dir, 'gov.json'), 'utf8')).proposals).toBe(5);
    const h = await cli(dir, 'replay', '--as-of', '2030-01-01', '--model', 'stakeholder-history', '--id', 'uhem');
    expect(JSON.parse(h.out).length).toBeGreaterThan(3);
  });

  it('rebuild all or one projection; the rebuilt state serves as-of snapshots', async () => {
    const all = await cli(dir, 'rebuild', '--snapshot-every', '5');
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/^rebuilt catalogue, process-history, proposals, directory, stakeholder-history, my-work, comments, principals, management, process-reviews up to position \d+/);
    const one = await cli(dir, 'rebuild', 'catalogue');
    expect(one.out).toMatch(/^rebuilt catalogue up to/);
    const db = new Database(join(dir, 'projections.sqlite'), { readonly: true });
    expect((db.prepare("SELECT count(*) n FROM projection_snapshot WHERE name = 'proposals@v2'").get() as { n: number }).n).toBeGreaterThan(0);
    db.close();
    expect(JSON.parse((await cli(dir, 'replay', '--as-of', String(marks.revision3))).out)[0].headRevision).toBe(3);
  });

  it('export the audit log as JSON Lines and as CSV', async () => {
    const j = await cli(dir, 'export', '--format', 'jsonl');
    const lines = j.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(Number(marks.end));
    expect(lines[0]).toMatchObject({ position: '1', type: 'StakeholderRegistered', metadata: { actor: 'admin' } });
    const c = await cli(dir, 'export', '--format', 'csv', '--type', 'ProposalDecided', '--out', 'decided.csv');
    expect(c.code).toBe(0);
    const csv = readFileSync(join(dir, 'decided.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('position,streamId,revision,type,schemaVersion,occurredAt,actor,correlationId,causationId,id,hash,previousHash,data');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain('"{""id"":""p2""');
  });

  it.each([
    [['rebuild', 'nope'], /^samsyn: unknown projection "nope"/],
    [['replay', '--as-of', 'last tuesday'], /^samsyn: --as-of: not an ISO-8601 instant or a global position/],
    [['replay', '--as-of', '1', '--model', 'weather'], /^samsyn: unknown model "weather"/],
    [['export', '--format', 'xml'], /^samsyn: unknown format "xml"/],
    [['export', '--from', 'soon'], /^samsyn: --from: not an ISO-8601 instant/],
    [['--store', 'mongo', 'verify'], /^samsyn: unknown store "mongo"/],
    [['seed'], /^samsyn: say what to seed: --demo/],
    [['seed', '--demo'], /^samsyn: the store is not empty/],
    [['bogus'], /unknown command 'bogus'/],
  ])('bad input %j: one line on stderr, non-zero exit, no stack trace', async (argv, message) => {
    const r = await cli(dir, ...(argv as string[]));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('an unreadable or missing store is one line and a non-zero exit', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'events.sqlite'), 'this is not a database, just some text that is long enough to look like a header');
    const r = await cli(broken, 'verify');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^samsyn: cannot open the sqlite event store: /);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    const missing = await cli(join(dir, 'nowhere'), 'replay', '--as-of', '1');
    expect(missing.err).toMatch(/^samsyn: no event store at /);
    expect(missing.code).not.toBe(0);
  });

  it('seed --demo loads the Uppsala demo through the real commands into an empty store', async () => {
    const fresh = join(dir, 'fresh');
    const s = await cli(fresh, 'seed', '--demo');
    expect(s.err).toBe('');
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/^seeded the demo: \d+ commands, \d+ events/);
    expect((await cli(fresh, 'verify')).code).toBe(0);
    const cat = JSON.parse((await cli(fresh, 'replay', '--as-of', '2100-01-01')).out);
    expect(cat).toHaveLength(11);
    const stakeholders = JSON.parse((await cli(fresh, 'replay', '--as-of', '2100-01-01', '--model', 'stakeholders')).out);
    expect(stakeholders).toHaveLength(5);
  }, 60_000);
});
