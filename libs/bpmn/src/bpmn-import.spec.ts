import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateDefinition } from '@samsyn/domain/process/definition-validation';
import { refs, stakeholder } from '@samsyn/domain/process/process.fixtures';
import { BpmnImportError } from './bpmn-import-error';
import { fromBpmnXml } from './bpmn-to-definition';
import { toBpmnXml } from './definition-to-bpmn';
import { NO_ARTIFACT } from './import/read-handovers';

const MODELLER_MADE = readFileSync(join(__dirname, 'testing', 'modeller-made.bpmn'), 'utf8');

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions ${NS} xmlns:samsyn="https://samsyn.dev/schema/bpmn" id="D" targetNamespace="x">${body}</bpmn:definitions>`;

describe('fromBpmnXml: a diagram from a modelling tool', () => {
  const REGISTERED = [{ id: 'ksn', name: 'Kommunstyrelsen' }, { id: 'uh', name: 'Uppsalahem', synonyms: ['Uppsalahem AB'] }];
  const NONE = NO_ARTIFACT;

  it('tasks of every kind become steps, lanes matched to registered organisations perform them, gateways and boundary events keep their meaning', async () => {
    const { definition, warnings, process, unmatched } = await fromBpmnXml(MODELLER_MADE, { stakeholders: REGISTERED });
    expect(process).toEqual({ id: 'Process_felanmalan', name: 'Felanmälan' });
    expect(unmatched).toEqual([]);
    expect(definition).toEqual({
      purpose: 'Ta emot, bedöma och åtgärda felanmälningar i verksamhetslokaler.',
      participants: ['ksn', 'uh'],
      steps: {
        Activity_report: { name: 'Anmäla fel', performer: 'ksn', order: 1, description: 'I felanmälningsportalen.' },
        Activity_assess: { name: 'Bedöma fel', performer: 'uh', order: 2 },
        Activity_escalate: { name: 'Eskalera försenat fel', performer: 'ksn', order: 4 },
        Activity_fix: { name: 'Åtgärda fel', performer: 'uh', order: 3 },
        Activity_plan: { name: 'Planera åtgärd', performer: 'uh', order: 5 },
      },
      handovers: {
        Flow_report: { from: 'Activity_report', to: 'Activity_assess', artifact: 'Felanmälan' },
        // branch labels are conditions of an exclusive split, not artifacts
        Flow_urgent: { from: 'Activity_assess', to: 'Activity_fix', artifact: NONE, condition: 'Akut arbetsorder', split: 'exclusive' },
        Flow_planned: { from: 'Activity_assess', to: 'Activity_plan', artifact: NONE, condition: 'Arbetsorder', split: 'exclusive' },
        // the timer on the boundary of "Åtgärda fel" hands over on its behalf, under its condition
        Flow_late: { from: 'Activity_fix', to: 'Activity_escalate', artifact: NONE, condition: 'tidsgräns / timer: 5 dagar' },
      },
    });
    expect(warnings.map((w) => w.message)).toEqual([
      'handover Flow_urgent (Activity_assess → Activity_fix) names no artifact in the diagram (no data object, message or flow name)',
      'handover Flow_planned (Activity_assess → Activity_plan) names no artifact in the diagram (no data object, message or flow name)',
      'handover Flow_late (Activity_fix → Activity_escalate) names no artifact in the diagram (no data object, message or flow name)',
      'not steps themselves: 1 StartEvent, 2 ExclusiveGateway, 1 EndEvent, 1 BoundaryEvent; the paths through them became handovers (gateways as split, join and condition)',
    ]);
    const known = refs({ stakeholders: { ksn: stakeholder('ksn'), uh: stakeholder('uh') } });
    expect(() => validateDefinition(definition, known)).not.toThrow();
  });

  it('without a registry, lanes of a pool that names no organisation are reported as unmatched, never taken as registered', async () => {
    const { definition, unmatched, warnings } = await fromBpmnXml(MODELLER_MADE);
    expect(definition.participants).toEqual(['kommunstyrelsen', 'uppsalahem-ab']);
    expect(unmatched).toEqual([
      { element: 'lane', elementId: 'Lane_0ks', name: 'Kommunstyrelsen', id: 'kommunstyrelsen' },
      { element: 'lane', elementId: 'Lane_1uh', name: 'Uppsalahem AB', id: 'uppsalahem-ab' },
    ]);
    expect(warnings[0]).toMatchObject({ code: 'unmatched-lane', params: { element: '"Kommunstyrelsen" (Lane_0ks)', id: 'kommunstyrelsen' } });
    expect(warnings[0].message).toBe('lane "Kommunstyrelsen" (Lane_0ks) names no registered organisation: imported as "kommunstyrelsen"; register it, add a synonym or set samsyn:stakeholder');
  });

  it('a re-export of an imported diagram imports to the same definition', async () => {
    const first = await fromBpmnXml(MODELLER_MADE, { stakeholders: REGISTERED });
    const again = await fromBpmnXml(await toBpmnXml({ id: 'FF-09', name: 'Felanmälan' }, first.definition));
    expect(again.definition).toEqual(first.definition);
    expect(again.process).toEqual({ id: 'FF-09', name: 'Felanmälan' });
    expect(again.warnings.filter((w) => w.code !== 'no-artifact' && w.code !== 'skipped')).toEqual([]);
  });

  it('orders by samsyn:order when every task has one; a task in no lane goes to the only lane', async () => {
    const { definition, warnings } = await fromBpmnXml(
      doc(`<bpmn:process id="P">
        <bpmn:documentation>Purpose</bpmn:documentation>
        <bpmn:laneSet><bpmn:lane id="L" samsyn:stakeholder="ksn"><bpmn:flowNodeRef>a</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
        <bpmn:task id="a" name="A" samsyn:order="20" /><bpmn:task id="b" name="B" samsyn:order="10" />
        <bpmn:sequenceFlow id="f" name="x" sourceRef="a" targetRef="b" /></bpmn:process>`),
    );
    expect(definition.steps).toEqual({ a: { name: 'A', performer: 'ksn', order: 20 }, b: { name: 'B', performer: 'ksn', order: 10 } });
    expect(warnings.map((w) => w.message)).toEqual(['task "B" (b) is in no lane: performer set to "ksn"']);
  });

  it('without lanes the pool names the performer; nameless tasks, odd ids and a loop through a gateway are reported', async () => {
    const { definition, warnings } = await fromBpmnXml(
      doc(`<bpmn:collaboration id="C"><bpmn:participant id="Pool" name="Skolfastigheter" processRef="P" /></bpmn:collaboration>
      <bpmn:process id="P" name="Städning">
        <bpmn:task id="a" samsyn:stepId="bad id/x" /><bpmn:userTask id="b" name="B" samsyn:terms='["a", 3]' />
        <bpmn:exclusiveGateway id="g" />
        <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="b" /><bpmn:sequenceFlow id="f2" sourceRef="b" targetRef="g" />
        <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="b" /><bpmn:sequenceFlow id="f4" sourceRef="g" targetRef="a" /></bpmn:process>`),
    );
    expect(definition).toEqual({
      purpose: 'Städning',
      participants: ['skolfastigheter'],
      steps: { 'bad-id-x': { name: 'a', performer: 'skolfastigheter', order: 1 }, b: { name: 'B', performer: 'skolfastigheter', order: 2 } },
      // f4 leaves b through the gateway and goes back to a: a loop back, not a reason to reorder; f3 repeats b
      handovers: { f1: { from: 'bad-id-x', to: 'b', artifact: NONE }, f3: { from: 'b', to: 'b', artifact: NONE, split: 'exclusive' }, f4: { from: 'b', to: 'bad-id-x', artifact: NONE, split: 'exclusive' } },
    });
    expect(warnings.map((w) => w.message)).toEqual([
      'pool "Skolfastigheter" (Pool) names no registered organisation: imported as "skolfastigheter"; register it, add a synonym or set samsyn:stakeholder',
      'step id "bad id/x" is not a definition id: imported as "bad-id-x"',
      'task a has no name: named after its id',
      'task "B" (b): samsyn:terms is not a list of ids and was ignored',
      'handover f1 (bad-id-x → b) names no artifact in the diagram (no data object, message or flow name)',
      'handover f3 (b → b) names no artifact in the diagram (no data object, message or flow name)',
      'handover f4 (b → bad-id-x) names no artifact in the diagram (no data object, message or flow name)',
      'not steps themselves: 1 ExclusiveGateway; the paths through them became handovers (gateways as split, join and condition)',
      'the process has no documentation to take its purpose from: used its name "Städning"',
    ]);
  });

  it('every process is imported (the one with most tasks names it); nested lanes: the innermost lane performs', async () => {
    const { definition, warnings } = await fromBpmnXml(
      doc(`<bpmn:process id="Small"><bpmn:task id="x" name="X" /></bpmn:process>
      <bpmn:process id="Big"><bpmn:documentation>Big one</bpmn:documentation>
        <bpmn:laneSet><bpmn:lane id="Outer" samsyn:stakeholder="ksn"><bpmn:flowNodeRef>a</bpmn:flowNodeRef><bpmn:flowNodeRef>b</bpmn:flowNodeRef>
          <bpmn:childLaneSet><bpmn:lane id="Inner" samsyn:stakeholder="utbn"><bpmn:flowNodeRef>b</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet></bpmn:lane></bpmn:laneSet>
        <bpmn:task id="a" name="A" /><bpmn:task id="b" name="B" /><bpmn:sequenceFlow id="f" name="doc" sourceRef="a" targetRef="b" /></bpmn:process>`),
    );
    expect(definition.participants).toEqual(['utbn', 'small', 'ksn']);
    expect(definition.steps).toEqual({ x: { name: 'X', performer: 'small', order: 1 }, a: { name: 'A', performer: 'ksn', order: 2 }, b: { name: 'B', performer: 'utbn', order: 3 } });
    expect(warnings.map((w) => w.message)).toContain('the document has 2 processes with tasks: all were imported, named after Big');
  });
});

describe('fromBpmnXml refuses what is not a process, with BpmnImportError', () => {
  it.each([
    ['nothing', undefined, 'empty', 'the BPMN document is empty'],
    ['blank', '  \n', 'empty', 'the BPMN document is empty'],
    ['not XML', 'steps: 1', /^malformed/, /^not a BPMN 2.0 document: /],
    ['broken XML', '<bpmn:definitions><bpmn:process></bpmn:definitions>', /^malformed/, /^not a BPMN 2.0 document: /],
    ['XML but not BPMN', '<?xml version="1.0"?><html><body/></html>', /^(malformed|not-definitions)/, /^not a BPMN 2.0 document: /],
    ['JSON', JSON.stringify({ purpose: 'x' }), /^malformed/, /^not a BPMN 2.0 document: /],
    ['no process', doc('<bpmn:collaboration id="C" />'), 'no-process', 'the document has no process (bpmn:process)'],
    ['a process without tasks', doc('<bpmn:process id="P" name="Empty"><bpmn:startEvent id="s" /></bpmn:process>'), 'no-tasks', 'the document has no tasks to import'],
  ])('%s: refused for its reason, with an English message', async (_what, input, reason, message) => {
    const attempt = fromBpmnXml(input);
    await expect(attempt).rejects.toBeInstanceOf(BpmnImportError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_BPMN', reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) });
  });

  it('a malformed document names the line and column where the parser stopped, as parameters', async () => {
    await expect(fromBpmnXml('<bpmn:definitions>\n<bpmn:process></bpmn:definitions>')).rejects.toMatchObject({ reason: 'malformed-at', params: { line: expect.any(Number), column: expect.any(Number) } });
  });

  it('any input either imports or is refused with BpmnImportError, never another error', async () => {
    const cut = fc.tuple(fc.nat(MODELLER_MADE.length), fc.nat(200), fc.string({ maxLength: 20 })).map(([at, drop, insert]) => MODELLER_MADE.slice(0, at) + insert + MODELLER_MADE.slice(at + drop));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), cut), async (input) => {
        try {
          const { definition } = await fromBpmnXml(input);
          expect(Object.keys(definition.steps).length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(BpmnImportError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
