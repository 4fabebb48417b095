import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore, sqliteEventsPathIn } from '@samsyn/store-sqlite';
import { runCli as cli } from '../testing/run-cli';

const ANNA = ['--as', 'anna', '--role', 'process-owner:ksn'];

const headOf = async (dir: string): Promise<bigint | null> => {
  const store = sqliteEventStore({ path: sqliteEventsPathIn(dir) });
  try {
    return await store.headPosition();
  } finally {
    await store.close();
  }
};

/** `samsyn bpmn propose`: the from-bpmn route's use case on the store, acting as a principal (issue 16). */
describe('samsyn bpmn propose (in-process, on the demo)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-bpmn-propose-'));
    expect((await cli(dir, 'seed', '--demo')).code).toBe(0);
    const exported = await cli(dir, 'bpmn', 'export', 'EK-01');
    expect(exported.code).toBe(0);
    writeFileSync(join(dir, 'same.bpmn'), exported.out);
    const edited = exported.out.replace(/(<bpmn:task id="debitera" [^>]*)name="[^"]*"/, '$1');
    expect(edited).not.toBe(exported.out);
    writeFileSync(join(dir, 'edited.bpmn'), edited);
    writeFileSync(join(dir, 'notes.bpmn'), 'hemligt: 42\n');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--preview prints the change, its level and the warnings (codes on stderr), and writes nothing', async () => {
    const before = await headOf(dir);
    const r = await cli(dir, 'bpmn', 'propose', 'EK-01', 'edited.bpmn', '--preview', ...ANNA);
    expect(r.code).toBe(0);
    const preview = JSON.parse(r.out);
    expect(preview).toMatchObject({ baseRevision: 2, changes: [{ op: 'replace', path: '/steps/debitera' }], requiredLevel: 'object', diff: { steps: { changed: [{ id: 'debitera', fields: ['name'] }] } } });
    expect(preview.warnings).toContainEqual({ code: 'nameless', params: { task: 'debitera' }, message: 'task debitera has no name: named after its id' });
    expect(r.err).toContain('samsyn: warning: task debitera has no name: named after its id (nameless)\n');
    expect(await headOf(dir)).toBe(before);
  });

  it('submits it as the principal, with the rationale: the proposal as the store now holds it', async () => {
    const before = await headOf(dir);
    const r = await cli(dir, 'bpmn', 'propose', 'EK-01', 'edited.bpmn', '--rationale', 'Ritat om i verktyget', ...ANNA);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ processId: 'EK-01', baseRevision: 2, rationale: 'Ritat om i verktyget', status: 'submitted', requiredLevel: 'object' });
    expect((await headOf(dir))! > before!).toBe(true);
  });

  it.each([
    [['EK-01', 'edited.bpmn', ...ANNA], 2, 'samsyn: --rationale is required to submit a proposal; --preview needs none\n'],
    [['NOPE', 'edited.bpmn', '--preview', ...ANNA], 1, 'samsyn: NOT_FOUND: process NOPE not found\n'],
    [['EK-01', 'same.bpmn', '--rationale', 'x', ...ANNA], 1, 'samsyn: BPMN_NO_CHANGE: the diagram describes revision 2 of process EK-01 as it is: there is nothing to propose\n'],
    [['EK-01', 'edited.bpmn', '--rationale', 'x', '--as', 'anna', '--role', 'process-owner:nobody'], 1, /^samsyn: NOT_ALLOWED: /],
    [['EK-01', 'notes.bpmn', '--preview', ...ANNA], 1, 'samsyn: notes.bpmn: not a BPMN 2.0 document: the XML is malformed or its root is not a BPMN 2.0 definitions element (line 1, column 1) (INVALID_BPMN: malformed-at)\n'],
    [['EK-01', 'missing.bpmn', '--preview', ...ANNA], 2, /^samsyn: cannot read .*missing\.bpmn: ENOENT\n$/],
    [['EK-01', 'edited.bpmn', '--preview', '--as', 'anna', '--role', 'owner'], 2, /^samsyn: --role: invalid role "owner"/],
    [['EK-01', 'edited.bpmn', '--preview'], 2, /required option '--as <principal>' not specified/],
  ])('%j: one line, exit %i, nothing written', async (argv, code, err) => {
    const before = await headOf(dir);
    const r = await cli(dir, 'bpmn', 'propose', ...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    if (typeof err === 'string') expect(r.err).toBe(err);
    else expect(r.err).toMatch(err);
    expect(r.err).not.toContain('hemligt');
    expect(await headOf(dir)).toBe(before);
  });
});
