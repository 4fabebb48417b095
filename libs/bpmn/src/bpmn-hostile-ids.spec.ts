import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { fromBpmnXml } from './bpmn-to-definition';
import { toBpmnXml } from './definition-to-bpmn';

/** Step, handover and stakeholder ids named like members of Object.prototype. */
const definition: ProcessDefinition = JSON.parse(
  JSON.stringify({
    purpose: 'Hostile ids',
    participants: ['constructor', 'tostring'],
    steps: {
      constructor: { name: 'First', performer: 'constructor', order: 1 },
      toString: { name: 'Second', performer: 'tostring', order: 2 },
      valueOf: { name: 'Third', performer: 'constructor', order: 3 },
    },
    handovers: { hasOwnProperty: { from: 'constructor', to: 'toString', artifact: 'a' }, toLocaleString: { from: 'toString', to: 'valueOf', artifact: 'b' } },
  }),
);

describe('BPMN with ids named like Object.prototype members', () => {
  it('given such step, handover and stakeholder ids, export then import gives the same definition', async () => {
    const xml = await toBpmnXml({ id: 'P-1', name: 'P', stakeholderNames: { constructor: 'Konstruktörsnämnden' } }, definition);
    // a stakeholder without a name in the map is its id, never Object.prototype's member
    expect(xml).toMatch(/<bpmn:lane id="[^"]*" samsyn:stakeholder="tostring" name="tostring"/);
    expect(xml).toMatch(/<bpmn:lane id="[^"]*" samsyn:stakeholder="constructor" name="Konstruktörsnämnden"/);
    const back = await fromBpmnXml(xml);
    expect(back.definition).toEqual(definition);
    expect(Object.keys(back.definition.steps)).toEqual(['constructor', 'toString', 'valueOf']);
    expect(Object.keys(back.definition.handovers).sort()).toEqual(['hasOwnProperty', 'toLocaleString']);
    expect(back.warnings).toEqual([]);
  });

  it('a lane for a stakeholder named toString without a name is named by its id', async () => {
    const d = JSON.parse(JSON.stringify({ ...definition, participants: ['toString'], steps: { s1: { name: 'Only', performer: 'toString', order: 1 } }, handovers: {} }));
    const xml = await toBpmnXml({ id: 'P-2', name: 'P', stakeholderNames: {} }, d);
    expect(xml).toMatch(/<bpmn:lane id="[^"]*" samsyn:stakeholder="toString" name="toString"/);
  });
});
