import { BpmnModdle } from 'bpmn-moddle';

/** Where Samsyn's extension attributes live; modelling tools keep attributes of foreign namespaces. */
export const SAMSYN_NS = 'https://samsyn.dev/schema/bpmn';

/**
 * The extension as a moddle package, so that reading resolves `samsyn:` by namespace URI (a tool
 * may rename the prefix) and writing declares it. Everything is a string attribute: the values are
 * checked where they are turned back into a definition.
 */
const samsynPackage = {
  name: 'Samsyn',
  uri: SAMSYN_NS,
  prefix: 'samsyn',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'DefinitionAttributes',
      extends: ['bpmn:BaseElement'],
      isAbstract: true,
      properties: ['processId', 'revision', 'stakeholder', 'stepId', 'handoverId', 'order', 'terms', 'systems', 'artifact'].map((name) => ({ name, isAttr: true, type: 'String' })),
    },
  ],
};

/** The parts of a moddle element this lib reads or writes (moddle elements are dynamic objects). */
export interface BpmnElement {
  $type: string;
  $instanceOf(type: string): boolean;
  id?: string;
  name?: string;
  text?: string;
  documentation?: BpmnElement[];
  rootElements?: BpmnElement[];
  flowElements?: BpmnElement[];
  laneSets?: BpmnElement[];
  lanes?: BpmnElement[];
  childLaneSet?: BpmnElement;
  flowNodeRef?: BpmnElement[];
  sourceRef?: BpmnElement;
  targetRef?: BpmnElement;
  attachedToRef?: BpmnElement;
  participants?: BpmnElement[];
  processRef?: BpmnElement;
  messageFlows?: BpmnElement[];
  messageRef?: BpmnElement;
  conditionExpression?: BpmnElement & { body?: string };
  gatewayDirection?: string;
  eventDefinitions?: BpmnElement[];
  dataInputAssociations?: BpmnElement[];
  dataOutputAssociations?: BpmnElement[];
  dataObjectRef?: BpmnElement;
  incoming?: BpmnElement[];
  outgoing?: BpmnElement[];
  artifacts?: BpmnElement[];
  body?: string;
  // samsyn:* attributes
  processId?: string;
  revision?: string;
  stakeholder?: string;
  stepId?: string;
  handoverId?: string;
  order?: string;
  terms?: string;
  systems?: string;
  /** On a sequence flow: the handover's artifact, when the flow's name shows its condition. */
  artifact?: string;
}

export const createModdle = (): BpmnModdle => new BpmnModdle({ samsyn: samsynPackage });
