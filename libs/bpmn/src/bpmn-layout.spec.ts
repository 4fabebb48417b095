import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges } from '@samsyn/domain/process/apply-patch';
import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { checkedLayout } from '@samsyn/domain/process/diagram-layout';
import { fromBpmnXml } from './bpmn-to-definition';
import { toBpmnXml } from './definition-to-bpmn';
import type { KnownStakeholder } from './import/bpmn-participants';
import { schemaProblems } from './testing/schema-valid';

const ROOT = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'bpmn');
const REGISTRY: KnownStakeholder[] = JSON.parse(readFileSync(join(ROOT, 'registry.json'), 'utf8'));
const SIGNAVIO = readFileSync(join(ROOT, 'tools', 'signavio-collaboration.bpmn'));

type Bounds = { x: number; y: number; width: number; height: number };
/** The shapes of a document, by the id of the element they draw. */
const shapesOf = (xml: string): Record<string, Bounds> => {
  const out: Record<string, Bounds> = {};
  for (const m of xml.matchAll(/<bpmndi:BPMNShape [^>]*bpmnElement="([^"]+)"[^>]*>\s*<(?:omgdc|dc):Bounds ([^>]*)\/>/g)) {
    const a = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, Number(v)]));
    out[m[1]] = { x: a.x, y: a.y, width: a.width, height: a.height };
  }
  return out;
};
const waypointsOf = (xml: string, flow: string): number[][] => {
  const edge = new RegExp(`<bpmndi:BPMNEdge [^>]*bpmnElement="${flow}"[^>]*>([\\s\\S]*?)</bpmndi:BPMNEdge>`).exec(xml)?.[1] ?? '';
  return [...edge.matchAll(/x="([^"]+)" y="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
};
const overlap = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('BPMN layout: the export draws what did not change where the modelling tool had it', () => {
  it('the import reads the diagram in the definition’s ids: steps, one-flow handovers (message flows too), participants', async () => {
    const { layout } = await fromBpmnXml(SIGNAVIO, { stakeholders: REGISTRY });
    expect(layout?.steps['sid-T-TAEMOT']).toEqual({ x: 250, y: 390, width: 100, height: 80 });
    expect(layout?.handovers['sid-MF-1']).toEqual([[200, 160], [200, 275], [300, 275], [300, 390]]);
    // the role lane "Lokalstrateg" is ksn's (the pool's); Uppsalahem has no lanes: its pool
    expect(layout?.participants).toEqual({ ksn: { x: 30, y: 0, width: 870, height: 250 }, uppsalahem: { x: 0, y: 320, width: 900, height: 220 } });
    expect(checkedLayout(layout)).toEqual(layout);
  });

  it('a document without a diagram has no layout', async () => {
    const bare = SIGNAVIO.toString('utf8').replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
    expect((await fromBpmnXml(bare, { stakeholders: REGISTRY })).layout).toBeUndefined();
  });

  describe('after a change: a step added after "Ta emot beställning", "Signera hyresavtal" removed', () => {
    let file: Record<string, Bounds>;
    let changed: ProcessDefinition;
    let xml: string;
    beforeAll(async () => {
      const imported = await fromBpmnXml(SIGNAVIO, { stakeholders: REGISTRY });
      file = shapesOf(SIGNAVIO.toString('utf8'));
      changed = applyChanges(imported.definition, [
        { op: 'add', path: '/steps/granska', value: { name: 'Granska beställning', performer: 'uppsalahem', order: 2.5 } },
        { op: 'add', path: '/handovers/h-granska', value: { from: 'sid-T-TAEMOT', to: 'granska', artifact: 'Beställning' } },
        { op: 'remove', path: '/handovers/sid-SF-2' },
        { op: 'remove', path: '/handovers/sid-MF-2' },
        { op: 'remove', path: '/steps/sid-T-SIGNERA' },
      ]);
      xml = await toBpmnXml({ id: 'LF-09', name: 'Lokalförsörjning', revision: 2 }, changed, imported.layout);
    });

    it('unchanged steps have the bounds of the file, and unchanged lines its waypoints', () => {
      const exported = shapesOf(xml);
      for (const id of ['sid-T-BESTALL', 'sid-T-TAEMOT', 'sid-T-AVTAL']) expect(exported[id]).toEqual(file[id]);
      expect(waypointsOf(xml, 'sid-MF-1')).toEqual([[200, 160], [200, 275], [300, 275], [300, 390]]);
      expect(waypointsOf(xml, 'sid-SF-UH2')).toEqual([[350, 430], [460, 430]]);
    });

    it('the added step stands right of its predecessor, in its participant’s lane, overlapping no other step', () => {
      const exported = shapesOf(xml);
      const added = exported.granska;
      expect(added.x).toBeGreaterThan(file['sid-T-TAEMOT'].x + file['sid-T-TAEMOT'].width);
      expect(added.y).toBeGreaterThanOrEqual(320);
      expect(added.y + added.height).toBeLessThanOrEqual(540);
      for (const id of ['sid-T-BESTALL', 'sid-T-TAEMOT', 'sid-T-AVTAL']) expect(overlap(added, exported[id])).toBe(false);
    });

    it('the removed step is not drawn; the lanes keep their places', () => {
      const exported = shapesOf(xml);
      expect(exported['sid-T-SIGNERA']).toBeUndefined();
      expect(exported._lane_ksn).toEqual({ x: 30, y: 0, width: 870, height: 250 });
      expect(exported._lane_uppsalahem).toEqual({ x: 0, y: 320, width: 900, height: 220 });
    });

    it('stays schema-valid BPMN 2.0 and imports back to the same definition', async () => {
      expect(schemaProblems(xml)).toBe('');
      expect((await fromBpmnXml(xml)).definition).toEqual(changed);
    });

    it('exporting the export again keeps every box: the layout survives its own round trip', async () => {
      const again = await fromBpmnXml(xml);
      expect(shapesOf(await toBpmnXml({ id: 'LF-09', name: 'Lokalförsörjning', revision: 2 }, again.definition, again.layout))).toEqual(shapesOf(xml));
    });
  });

  it('without a layout the export is the grid, schema-valid', async () => {
    const imported = await fromBpmnXml(SIGNAVIO, { stakeholders: REGISTRY });
    expect(schemaProblems(await toBpmnXml({ id: 'LF-09', name: 'L' }, imported.definition))).toBe('');
  });
});

describe('checkedLayout: a layout is recorded only within bounds', () => {
  const ok = { steps: { a: { x: 0, y: 0, width: 100, height: 80 } }, handovers: { h: [[0, 0], [1, 1]] }, participants: {} };
  it('takes a well-formed layout', () => expect(checkedLayout(ok)).toEqual(ok));
  it.each([
    ['not an object', 'x'],
    ['a part missing', { steps: {}, handovers: {} }],
    ['a box with a negative width', { ...ok, steps: { a: { x: 0, y: 0, width: -1, height: 1 } } }],
    ['a coordinate past the bound', { ...ok, steps: { a: { x: 2e6, y: 0, width: 1, height: 1 } } }],
    ['a line of one point', { ...ok, handovers: { h: [[0, 0]] } }],
    ['too many steps', { ...ok, steps: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`s${i}`, { x: 0, y: 0, width: 1, height: 1 }])) }],
  ])('refuses %s (INVALID_INPUT, field layout)', (_what, layout) => {
    expect(() => checkedLayout(layout)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', details: { field: 'layout' } }));
  });
});
