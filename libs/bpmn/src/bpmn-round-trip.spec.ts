import { PROCESSES } from '@samsyn/application/demo/uppsala-processes';
import { STAKEHOLDERS, SYSTEMS, TERMS } from '@samsyn/application/demo/uppsala-registers';
import fc from 'fast-check';
import { GATEWAY_KINDS, type Handover, type ProcessDefinition } from '@samsyn/domain/process/definition';
import { validateDefinition } from '@samsyn/domain/process/definition-validation';
import { definition as smallDefinition, refs, stakeholder, system, term } from '@samsyn/domain/process/process.fixtures';
import { fromBpmnXml } from './bpmn-to-definition';
import { toBpmnXml } from './definition-to-bpmn';

const demoRefs = refs({
  stakeholders: Object.fromEntries(STAKEHOLDERS.map((s) => [s.id, stakeholder(s.id)])),
  terms: Object.fromEntries(TERMS.map((t) => [t.id, term(t.id)])),
  systems: Object.fromEntries(SYSTEMS.map((s) => [s.id, system(s.id)])),
});

const roundTrip = async (definition: ProcessDefinition, meta = { id: 'P-1', name: 'P' }) => fromBpmnXml(await toBpmnXml(meta, definition));

describe('BPMN round trip: definition → XML → the same definition', () => {
  it.each(PROCESSES.map((p) => [p.id, p] as const))('demo process %s', async (_id, p) => {
    const xml = await toBpmnXml({ id: p.id, name: p.name, revision: 1 }, p.definition);
    const back = await fromBpmnXml(xml);
    expect(back.definition).toEqual(p.definition);
    expect(back.warnings).toEqual([]);
    expect(back.process).toEqual({ id: p.id, name: p.name });
    expect(() => validateDefinition(back.definition, demoRefs)).not.toThrow();
  });

  it('the XML is BPMN a modelling tool opens: a pool with lanes, tasks, flows and a diagram of each', async () => {
    const p = PROCESSES[0];
    const xml = await toBpmnXml({ id: p.id, name: p.name, revision: 3, stakeholderNames: { ksn: 'Kommunstyrelsen' } }, p.definition);
    expect(xml).toContain('xmlns:samsyn="https://samsyn.dev/schema/bpmn"');
    const tag = (name: string, id: string) => new RegExp(`<bpmn:${name} id="${id}"[^>]*>`).exec(xml)?.[0] ?? '';
    const attributes = (t: string) => Object.fromEntries([...t.matchAll(/ ([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(attributes(tag('process', 'LF-01'))).toEqual({ id: 'LF-01', name: 'Lokalbehovsanalys', isExecutable: 'false', 'samsyn:processId': 'LF-01', 'samsyn:revision': '3' });
    expect(attributes(tag('lane', '_lane_ksn'))).toEqual({ id: '_lane_ksn', name: 'Kommunstyrelsen', 'samsyn:stakeholder': 'ksn' });
    expect(attributes(tag('lane', '_lane_utbn'))).toEqual({ id: '_lane_utbn', name: 'utbn', 'samsyn:stakeholder': 'utbn' });
    expect(xml).toContain('<bpmn:flowNodeRef>sammanstall</bpmn:flowNodeRef>');
    expect(attributes(tag('task', 'inventera'))).toEqual({ id: 'inventera', name: 'Inventera lokalbehov', 'samsyn:order': '1', 'samsyn:terms': 'lokalbehov lokal' });
    expect(attributes(tag('sequenceFlow', 'h-behov'))).toEqual({ id: 'h-behov', name: 'Lokalbehovsunderlag', sourceRef: 'inventera', targetRef: 'sammanstall' });
    expect(attributes(tag('participant', '_participant'))).toEqual({ id: '_participant', name: 'Lokalbehovsanalys', processRef: 'LF-01' });
    expect(xml).toContain(`<bpmn:documentation>${p.definition.purpose}</bpmn:documentation>`);
    const shapes = [...xml.matchAll(/<bpmndi:BPMNShape id="[^"]+" bpmnElement="([^"]+)"/g)].map((m) => m[1]);
    expect(shapes.sort()).toEqual(['_participant', ...p.definition.participants.map((s) => `_lane_${s}`), ...Object.keys(p.definition.steps)].sort());
    const edges = [...xml.matchAll(/<bpmndi:BPMNEdge id="[^"]+" bpmnElement="([^"]+)"/g)].map((m) => m[1]);
    expect(edges.sort()).toEqual(Object.keys(p.definition.handovers).sort());
  });

  it('keeps what BPMN has no place for: ids starting with a digit, descriptions, empty lists, fractional order, markup', async () => {
    const d: ProcessDefinition = {
      purpose: '  Lease <premises> & "sign"\n  second line ',
      participants: ['ksn', '2nd-org', 'uhem'],
      steps: {
        '1-analyse': { name: 'Analyse & <decide>', performer: 'ksn', order: 1, description: 'line one\n  line two', terms: [], systems: ['agresso'] },
        s2: { name: 'Approve', performer: '2nd-org', order: 1.5, description: '' },
        'S.3_x': { name: 'Sign', performer: 'ksn', order: -2, terms: ['lease', 'tenant'] },
      },
      handovers: {
        '9h': { from: '1-analyse', to: 's2', artifact: ' needs analysis ' },
        h2: { from: 's2', to: '1-analyse', artifact: 'rework' },
        h3: { from: 's2', to: 's2', artifact: 'loop' },
        h4: { from: 's2', to: 'S.3_x', artifact: 'decision' },
      },
    };
    const back = await roundTrip(d);
    expect(back.definition).toEqual(d);
    expect(Object.keys(back.definition.steps)).toEqual(['S.3_x', '1-analyse', 's2']);
    expect(back.warnings).toEqual([]);
  });

  it('keeps the domain fixture definition and a process id BPMN would refuse', async () => {
    const back = await roundTrip(smallDefinition(), { id: '7 days/öppet', name: 'Odd' });
    expect(back.definition).toEqual(smallDefinition());
    expect(back.process.id).toBe('7 days/öppet');
  });
});

describe('BPMN round trip, property: for random valid definitions with conditions and gateways, export → import gives the same definition', () => {
  const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const text = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '');
  const kind = fc.option(fc.constantFrom(...GATEWAY_KINDS), { nil: undefined });
  const definitions = fc
    .record({
      purpose: text,
      participants: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
      stepIds: fc.uniqueArray(id.map((x) => `s-${x}`), { minLength: 1, maxLength: 8 }),
      handovers: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), artifact: text, condition: fc.option(text, { nil: undefined }), split: kind, join: kind }), { maxLength: 12 }),
      names: fc.array(text, { minLength: 8, maxLength: 8 }),
    })
    .map(({ purpose, participants, stepIds, handovers, names }): ProcessDefinition => ({
      purpose,
      participants,
      steps: Object.fromEntries(stepIds.map((s, i) => [s, { name: names[i], performer: participants[i % participants.length], order: i + 1 }])),
      handovers: Object.fromEntries(
        handovers.map((h, i): [string, Handover] => {
          const handover: Handover = { from: stepIds[h.from % stepIds.length], to: stepIds[h.to % stepIds.length], artifact: h.artifact };
          if (h.condition !== undefined) handover.condition = h.condition;
          if (h.split !== undefined) handover.split = h.split;
          if (h.join !== undefined) handover.join = h.join;
          return [`h-${i}`, handover];
        }),
      ),
    }));

  it('holds', async () => {
    await fc.assert(
      fc.asyncProperty(definitions, async (d) => {
        const back = await roundTrip(d);
        expect(back.definition).toEqual(d);
      }),
      { numRuns: 60 },
    );
  });
});
