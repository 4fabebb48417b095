import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { definitionV1, definitionV2, definitionV3, writeScenario } from '@samsyn/projections/testing/scenario';
import { runCli } from '../testing/run-cli';

const cli = runCli;

describe('samsyn bpmn (in-process)', () => {
  let dir: string;
  let marks: Record<string, bigint>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-bpmn-'));
    const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
    marks = (await writeScenario(store)).marks;
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('export writes the head revision as BPMN; import reads it back into the same definition', async () => {
    const exported = await cli(dir, 'bpmn', 'export', 'VA-01');
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<bpmn:definitions /);
    expect(exported.out).toMatch(/<bpmn:process id="VA-01"[^>]* samsyn:revision="3"/);
    writeFileSync(join(dir, 'va-01.bpmn'), exported.out);
    const imported = await cli(dir, 'bpmn', 'import', 'va-01.bpmn');
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(imported.out)).toEqual(definitionV3);
  });

  it('export --revision, --as-of and --out; import --out', async () => {
    expect(await cli(dir, 'bpmn', 'export', 'VA-01', '--revision', '1', '--out', 'r1.bpmn')).toMatchObject({ code: 0, out: '', err: '' });
    expect(await cli(dir, 'bpmn', 'export', 'VA-01', '--as-of', String(marks.revision2), '--out', 'then.bpmn')).toMatchObject({ code: 0, out: '' });
    expect(await cli(dir, 'bpmn', 'import', 'r1.bpmn', '--out', 'r1.json')).toMatchObject({ code: 0, out: '' });
    expect(JSON.parse(readFileSync(join(dir, 'r1.json'), 'utf8'))).toEqual(definitionV1);
    expect(JSON.parse((await cli(dir, 'bpmn', 'import', 'then.bpmn')).out)).toEqual(definitionV2);
  });

  it('import prints what it guessed as warnings on stderr, the definition on stdout', async () => {
    writeFileSync(
      join(dir, 'drawn.bpmn'),
      `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
        <bpmn:process id="P"><bpmn:laneSet><bpmn:lane id="L" name="KSN"><bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
        <bpmn:userTask id="t" name="Do it" /></bpmn:process></bpmn:definitions>`,
    );
    const r = await cli(dir, 'bpmn', 'import', 'drawn.bpmn');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ purpose: 'P', participants: ['ksn'], steps: { t: { name: 'Do it', performer: 'ksn', order: 1 } }, handovers: {} });
    expect(r.err).toBe(
      'samsyn: warning: lane "KSN" (L) names no registered organisation: imported as "ksn"; register it, add a synonym or set samsyn:stakeholder (unmatched-lane)\n' +
        'samsyn: warning: the process has no documentation to take its purpose from: used its name "P" (purpose-from-name)\n',
    );
  });

  it.each([
    [['bpmn', 'export', 'NOPE'], 1, 'samsyn: process "NOPE" did not exist\n'],
    [['bpmn', 'export', 'VA-01', '--revision', '9'], 1, 'samsyn: process "VA-01" had no revision 9 (head: 3)\n'],
    [['bpmn', 'export', 'VA-01', '--revision', 'two'], 2, 'samsyn: --revision: not a revision number: "two"\n'],
    [['bpmn', 'export', 'VA-01', '--as-of', String(0), '--revision', '1'], 1, 'samsyn: process "VA-01" did not exist then\n'],
    [['bpmn', 'import', 'missing.bpmn'], 2, /^samsyn: cannot read .*missing\.bpmn: ENOENT\n$/],
    [['bpmn', 'import', 'events.sqlite'], 1, /^samsyn: events\.sqlite: not a BPMN 2\.0 document: [^\n]* \(INVALID_BPMN: [a-z-]+\)\n$/],
  ])('%j: one line, exit %i', async (argv, code, err) => {
    const r = await cli(dir, ...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    if (typeof err === 'string') expect(r.err).toBe(err);
    else expect(r.err).toMatch(err);
  });

  it('usage errors come from commander, without leaving the process', async () => {
    const r = await cli(dir, 'bpmn', 'export');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required argument 'processId'/);
  });
});
