import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateDefinition } from '@samsyn/domain/process/definition-validation';
import { refs, stakeholder } from '@samsyn/domain/process/process.fixtures';
import { BpmnImportError } from './bpmn-import-error';
import { fromBpmnXml } from './bpmn-to-definition';
import { toBpmnXml } from './definition-to-bpmn';

const MODELLER_MADE = readFileSync(join(__dirname, 'testing', 'modeller-made.bpmn'), 'utf8');

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions ${NS} xmlns:samsyn="https://samsyn.dev/schema/bpmn" id="D" targetNamespace="x">${body}</bpmn:definitions>`;

describe('fromBpmnXml: a diagram from a modelling tool', () => {
  it('tasks of every kind become steps, lanes participants, paths through gateways and events handovers', async () => {
    const { definition, warnings, process } = await fromBpmnXml(MODELLER_MADE);
    expect(process).toEqual({ id: 'Process_felanmalan', name: 'Felanmälan' });
    expect(definition).toEqual({
      purpose: 'Ta emot, bedöma och åtgärda felanmälningar i verksamhetslokaler.',
      participants: ['kommunstyrelsen', 'uppsalahem-ab'],
      steps: {
        Activity_report: { name: 'Anmäla fel', performer: 'kommunstyrelsen', order: 1, description: 'I felanmälningsportalen.' },
        Activity_assess: { name: 'Bedöma fel', performer: 'uppsalahem-ab', order: 2 },
        Activity_escalate: { name: 'Eskalera försenat fel', performer: 'kommunstyrelsen', order: 4 },
        Activity_fix: { name: 'Åtgärda fel', performer: 'uppsalahem-ab', order: 3 },
        Activity_plan: { name: 'Planera åtgärd', performer: 'uppsalahem-ab', order: 5 },
      },
      handovers: {
        Flow_report: { from: 'Activity_report', to: 'Activity_assess', artifact: 'Felanmälan' },
        // the timer on the boundary of "Åtgärda fel" hands over on its behalf
        Flow_late: { from: 'Activity_fix', to: 'Activity_escalate', artifact: 'Åtgärda fel' },
        // through the gateway "Akut?": named by the first named flow on the path
        Flow_urgent: { from: 'Activity_assess', to: 'Activity_fix', artifact: 'Akut arbetsorder' },
        Flow_planned: { from: 'Activity_assess', to: 'Activity_plan', artifact: 'Arbetsorder' },
      },
    });
    expect(warnings).toEqual([
      'lane "Kommunstyrelsen" (Lane_0ks) has no samsyn:stakeholder: taken as stakeholder "kommunstyrelsen"',
      'lane "Uppsalahem AB" (Lane_1uh) has no samsyn:stakeholder: taken as stakeholder "uppsalahem-ab"',
      '5 element(s) that are not tasks were skipped (StartEvent StartEvent_1, ExclusiveGateway Gateway_urgent, ExclusiveGateway Gateway_join, EndEvent EndEvent_1, BoundaryEvent Event_timer); flows through them became handovers between the tasks they connect',
      'handover Flow_late has no name in the diagram: its artifact was set to the name of step Activity_fix',
    ]);
    const known = refs({ stakeholders: { kommunstyrelsen: stakeholder('kommunstyrelsen'), 'uppsalahem-ab': stakeholder('uppsalahem-ab') } });
    expect(() => validateDefinition(definition, known)).not.toThrow();
  });

  it('a re-export of an imported diagram imports to the same definition, without warnings', async () => {
    const first = await fromBpmnXml(MODELLER_MADE);
    const again = await fromBpmnXml(await toBpmnXml({ id: 'FF-09', name: 'Felanmälan' }, first.definition));
    expect(again).toEqual({ definition: first.definition, warnings: [], process: { id: 'FF-09', name: 'Felanmälan' } });
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
    expect(warnings).toEqual(['task "B" (b) is in no lane: performer set to "ksn"']);
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
      handovers: { f1: { from: 'bad-id-x', to: 'b', artifact: 'a' }, f4: { from: 'b', to: 'bad-id-x', artifact: 'B' } },
    });
    expect(warnings).toEqual([
      'step id "bad id/x" is not a definition id: imported as "bad-id-x"',
      'task a is in no lane: performer set to "skolfastigheter"',
      'task a has no name: named after its id',
      'task "B" (b) is in no lane: performer set to "skolfastigheter"',
      'task "B" (b): samsyn:terms is not a list of ids and was ignored',
      '1 element(s) that are not tasks were skipped (ExclusiveGateway g); flows through them became handovers between the tasks they connect',
      'handover f1 has no name in the diagram: its artifact was set to the name of step bad-id-x',
      'a path from step b back to itself through g was not imported',
      'handover f4 has no name in the diagram: its artifact was set to the name of step b',
      'the process has no documentation to take its purpose from: used its name',
    ]);
  });

  it('of several processes (pools) the one with most tasks is imported; nested lanes: the innermost lane performs', async () => {
    const { definition, warnings } = await fromBpmnXml(
      doc(`<bpmn:process id="Small"><bpmn:task id="x" name="X" /></bpmn:process>
      <bpmn:process id="Big"><bpmn:documentation>Big one</bpmn:documentation>
        <bpmn:laneSet><bpmn:lane id="Outer" samsyn:stakeholder="ksn"><bpmn:flowNodeRef>a</bpmn:flowNodeRef><bpmn:flowNodeRef>b</bpmn:flowNodeRef>
          <bpmn:childLaneSet><bpmn:lane id="Inner" samsyn:stakeholder="utbn"><bpmn:flowNodeRef>b</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet></bpmn:lane></bpmn:laneSet>
        <bpmn:task id="a" name="A" /><bpmn:task id="b" name="B" /><bpmn:sequenceFlow id="f" name="doc" sourceRef="a" targetRef="b" /></bpmn:process>`),
    );
    expect(definition.participants).toEqual(['utbn', 'ksn']);
    expect(definition.steps).toEqual({ a: { name: 'A', performer: 'ksn', order: 1 }, b: { name: 'B', performer: 'utbn', order: 2 } });
    expect(warnings).toEqual(['the document has 2 processes: imported Big, ignored Small']);
  });
});

describe('fromBpmnXml refuses what is not a process, with BpmnImportError', () => {
  it.each([
    ['nothing', undefined, 'the BPMN document is empty'],
    ['blank', '  \n', 'the BPMN document is empty'],
    ['not XML', 'steps: 1', /^not a BPMN 2.0 document: /],
    ['broken XML', '<bpmn:definitions><bpmn:process></bpmn:definitions>', /^not a BPMN 2.0 document: /],
    ['XML but not BPMN', '<?xml version="1.0"?><html><body/></html>', /^not a BPMN 2.0 document: /],
    ['JSON', JSON.stringify({ purpose: 'x' }), /^not a BPMN 2.0 document: /],
    ['no process', doc('<bpmn:collaboration id="C" />'), 'the document has no process (bpmn:process)'],
    ['a process without tasks', doc('<bpmn:process id="P" name="Empty"><bpmn:startEvent id="s" /></bpmn:process>'), 'process "Empty" (P) has no tasks to import'],
  ])('%s', async (_what, input, message) => {
    const attempt = fromBpmnXml(input);
    await expect(attempt).rejects.toBeInstanceOf(BpmnImportError);
    await expect(attempt).rejects.toThrow(message);
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
