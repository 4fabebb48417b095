import { fromBpmnXml, toBpmnXml } from '@samsyn/bpmn';
import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { BpmnNoChangeError, proposeFromBpmn, type ProposeFromBpmnPorts } from './propose-from-bpmn.use-case';

const HEAD: ProcessDefinition = {
  purpose: 'Hyra ut lokaler.',
  participants: ['ksn', 'uh'],
  steps: { s1: { name: 'Beställa', performer: 'ksn', order: 1 }, s2: { name: 'Leverera', performer: 'uh', order: 2 } },
  handovers: { h1: { from: 's1', to: 's2', artifact: 'Beställning' } },
};

/** Ports over one process at revision 4; what is submitted is recorded. */
const world = () => {
  const submitted: unknown[] = [];
  const ports: ProposeFromBpmnPorts<string> = {
    process: async (id) => (id === 'LF-01' ? { headRevision: 4 } : null),
    revision: async (id, n) => (id === 'LF-01' && n === 4 ? { definition: HEAD } : null),
    stakeholders: async () => [
      { id: 'ksn', name: 'Kommunstyrelsen' },
      { id: 'uh', name: 'Uppsalahem AB', synonyms: ['Uppsalahem'] },
    ],
    importBpmn: fromBpmnXml,
    submit: async (processId, input) => {
      submitted.push({ processId, ...input });
      return 'P-1';
    },
  };
  return { ports, submitted };
};

const diagram = async (definition: ProcessDefinition) => Buffer.from(await toBpmnXml({ id: 'LF-01', name: 'Lokaler' }, definition));
const renamed: ProcessDefinition = { ...HEAD, steps: { ...HEAD.steps, s2: { ...HEAD.steps.s2, name: 'Leverera nyckel' } } };

describe('proposeFromBpmn: a diagram as the proposal that makes the head equal to it', () => {
  it('given a diagram that renames a step, when previewed, then the patch, level and warnings come back and nothing is submitted', async () => {
    const { ports, submitted } = world();
    const { preview, written } = await proposeFromBpmn(ports, 'LF-01', await diagram(renamed), { preview: true });
    expect(preview).toMatchObject({ baseRevision: 4, changes: [{ op: 'replace', path: '/steps/s2', value: renamed.steps.s2 }], requiredLevel: 'object', warnings: [], unmatched: [] });
    expect(preview.diff.steps.changed).toEqual([{ id: 's2', fields: ['name'] }]);
    expect(written).toBeUndefined();
    expect(submitted).toEqual([]);
  });

  it('given the same diagram, when submitted, then the ordinary submit gets the base, the patch, the rationale and the layout', async () => {
    const { ports, submitted } = world();
    const { written } = await proposeFromBpmn(ports, 'LF-01', await diagram(renamed), { preview: false, rationale: 'Nytt namn' });
    expect(written).toBe('P-1');
    expect(submitted).toEqual([{ processId: 'LF-01', baseRevision: 4, changes: [{ op: 'replace', path: '/steps/s2', value: renamed.steps.s2 }], rationale: 'Nytt namn', layout: expect.objectContaining({ steps: expect.any(Object) }) }]);
  });

  it('given a diagram of the head as it is, when submitted, then BPMN_NO_CHANGE and nothing is submitted (a preview still answers)', async () => {
    const { ports, submitted } = world();
    await expect(proposeFromBpmn(ports, 'LF-01', await diagram(HEAD), { preview: false, rationale: 'x' })).rejects.toBeInstanceOf(BpmnNoChangeError);
    expect((await proposeFromBpmn(ports, 'LF-01', await diagram(HEAD), { preview: true })).preview.changes).toEqual([]);
    expect(submitted).toEqual([]);
  });

  it('given an unknown process, then NOT_FOUND before the document is read', async () => {
    const { ports } = world();
    await expect(proposeFromBpmn({ ...ports, importBpmn: () => Promise.reject(new Error('read')) }, 'NOPE', Buffer.from('x'), { preview: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('given a tool’s lanes named as registered organisations or their synonyms, then they match them', async () => {
    const { ports } = world();
    const named = await toBpmnXml({ id: 'LF-01', name: 'Lokaler', stakeholderNames: { ksn: 'Kommunstyrelsen', uh: 'Uppsalahem AB' } }, renamed);
    const xml = named.replace(/ samsyn:stakeholder="[^"]*"/g, '').replace(/name="Uppsalahem AB"/g, 'name="Uppsalahem"');
    expect(xml).toContain('name="Uppsalahem"');
    expect(xml).not.toContain('samsyn:stakeholder');
    const { preview } = await proposeFromBpmn(ports, 'LF-01', Buffer.from(xml), { preview: true });
    expect(preview.unmatched).toEqual([]);
    expect(preview.changes).toEqual([{ op: 'replace', path: '/steps/s2', value: renamed.steps.s2 }]);
  });
});
