import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDefinition } from '@samsyn/domain/process/definition-validation';
import { refs, stakeholder } from '@samsyn/domain/process/process.fixtures';
import { fromBpmnXml } from './bpmn-to-definition';
import { toBpmnXml } from './definition-to-bpmn';
import type { KnownStakeholder } from './import/bpmn-participants';

/**
 * The corpus (test/fixtures/bpmn): documents written after the export conventions of eight
 * modelling tools, and hostile ones. Each has its expected import, or its refusal, beside it.
 */
const ROOT = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'bpmn');
const REGISTRY: KnownStakeholder[] = JSON.parse(readFileSync(join(ROOT, 'registry.json'), 'utf8'));
const KNOWN = refs({ stakeholders: Object.fromEntries(REGISTRY.map((s) => [s.id, stakeholder(s.id)])) });
const fixtures = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.bpmn'))
    .map((f) => [f, readFileSync(join(ROOT, dir, f)), JSON.parse(readFileSync(join(ROOT, dir, f.replace(/\.bpmn$/, '.expected.json')), 'utf8'))] as const);

describe('BPMN corpus: documents as modelling tools export them', () => {
  const tools = fixtures('tools');
  it('covers at least eight tools', () => expect(tools.length).toBeGreaterThanOrEqual(8));

  it.each(tools)('%s imports to its expected definition, and that definition survives export → import', async (_name, bytes, expected) => {
    const imported = await fromBpmnXml(bytes, { stakeholders: REGISTRY });
    expect({ process: imported.process, definition: imported.definition, unmatched: imported.unmatched, warnings: imported.warnings }).toEqual(expected);
    const registered = refs({ stakeholders: { ...KNOWN.stakeholders, ...Object.fromEntries(imported.unmatched.map((u) => [u.id, stakeholder(u.id)])) } });
    expect(() => validateDefinition(imported.definition, registered)).not.toThrow();
    const again = await fromBpmnXml(await toBpmnXml({ id: 'X-1', name: 'X' }, imported.definition));
    expect(again.definition).toEqual(imported.definition);
  });
});

describe('BPMN corpus: hostile documents are refused (or read) as expected, never crash', () => {
  it.each(fixtures('hostile'))('%s', async (_name, bytes, expected) => {
    const attempt = fromBpmnXml(bytes, { stakeholders: REGISTRY });
    if (expected.refused) {
      await expect(attempt).rejects.toMatchObject(expected.refused); // {code, reason, params, message}
      const said = await attempt.catch((e: Error & { params?: unknown }) => `${e.message} ${JSON.stringify(e.params)}`);
      expect(said).not.toMatch(/lol|passwd|PNG|Shift_JIS|steps:/); // never the document's own bytes
    } else {
      const imported = await attempt;
      expect({ process: imported.process, definition: imported.definition, unmatched: imported.unmatched, warnings: imported.warnings }).toEqual(expected);
    }
  });
});
