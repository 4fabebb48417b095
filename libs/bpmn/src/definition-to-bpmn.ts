import type { ProcessDefinition, Step } from '@samsyn/domain/process/definition';
import type { DiagramLayout } from '@samsyn/domain/process/diagram-layout';
import { own } from '@samsyn/domain/shared/dict';
import { drawDiagram } from './bpmn-diagram';
import { drawHandovers } from './export/draw-handovers';
import { reuseLayout } from './export/reuse-layout';
import { bpmnIdFor, encodeIdList } from './bpmn-ids';
import { SAMSYN_NS, createModdle, type BpmnElement } from './samsyn-moddle';

export interface BpmnProcessMeta {
  id: string;
  name: string;
  revision?: number;
  /** Display names for the lanes; the stakeholder id stays in `samsyn:stakeholder` either way. */
  stakeholderNames?: Record<string, string>;
}

const byOrder = ([ida, a]: [string, Step], [idb, b]: [string, Step]): number => a.order - b.order || (ida < idb ? -1 : ida > idb ? 1 : 0);

/**
 * A BPMN 2.0 document of one process revision: a pool with one lane per participant, a task per
 * step and a sequence flow per handover. What BPMN has no place for (terms, systems, order, ids
 * BPMN would not accept) rides along as samsyn:* attributes, so that fromBpmnXml gives the same
 * definition back. With the layout of the diagram the revision was proposed from, what did not
 * change is drawn where that diagram had it (export/reuse-layout.ts); without, on a fresh grid.
 */
export const toBpmnXml = async (meta: BpmnProcessMeta, definition: ProcessDefinition, layout?: DiagramLayout): Promise<string> => {
  const moddle = createModdle();
  const documentation = (text: string) => [moddle.create('bpmn:Documentation', { text })];
  const used = new Set<string>([...Object.keys(definition.steps), ...Object.keys(definition.handovers)].map(bpmnIdFor));

  const steps = Object.entries(definition.steps).sort(byOrder);
  const columns = [...new Set(steps.map(([, s]) => s.order))];
  const tasks = new Map<string, BpmnElement>();
  for (const [id, step] of steps) {
    const elementId = bpmnIdFor(id);
    tasks.set(
      id,
      moddle.create<BpmnElement>('bpmn:Task', {
        id: elementId,
        name: step.name,
        order: String(step.order),
        ...(elementId !== id ? { stepId: id } : {}),
        ...(step.terms ? { terms: encodeIdList(step.terms) } : {}),
        ...(step.systems ? { systems: encodeIdList(step.systems) } : {}),
        ...(step.description !== undefined ? { documentation: documentation(step.description) } : {}),
      }),
    );
  }

  const { flows, gateways, handoverFlows } = drawHandovers(moddle, definition, tasks, used);

  const lanes = definition.participants.map((stakeholder) => {
    const id = unique(`_lane_${stakeholder.replace(/[^A-Za-z0-9_.-]/g, '_')}`, used);
    const performed = steps.filter(([, s]) => s.performer === stakeholder).map(([stepId]) => tasks.get(stepId));
    return moddle.create<BpmnElement>('bpmn:Lane', { id, name: own(meta.stakeholderNames, stakeholder) ?? stakeholder, stakeholder, flowNodeRef: performed });
  });

  const processElementId = bpmnIdFor(meta.id);
  const process = moddle.create<BpmnElement>('bpmn:Process', {
    id: unique(processElementId, used, '_process_'),
    name: meta.name,
    isExecutable: false,
    processId: meta.id,
    ...(meta.revision !== undefined ? { revision: String(meta.revision) } : {}),
    documentation: documentation(definition.purpose),
    laneSets: [moddle.create('bpmn:LaneSet', { id: '_lanes', lanes })],
    flowElements: [...tasks.values(), ...gateways.map((g) => g.element), ...flows],
  });
  const participant = moddle.create<BpmnElement>('bpmn:Participant', { id: '_participant', name: meta.name, processRef: process });
  const collaboration = moddle.create<BpmnElement>('bpmn:Collaboration', { id: '_collaboration', participants: [participant] });

  const laneOf = (stakeholder: string) => definition.participants.indexOf(stakeholder);
  const diagram = drawDiagram(moddle, {
    collaboration,
    participant,
    lanes,
    tasks: steps.map(([id, s]) => ({ element: tasks.get(id)!, lane: laneOf(s.performer), column: columns.indexOf(s.order) })),
    gateways: gateways.map((g) => ({ element: g.element, beside: tasks.get(g.step)!, side: g.side })),
    flows,
    ...(layout ? reuseLayout(layout, { definition, steps, tasks, handoverFlows }) : {}),
  });

  const definitions = moddle.create('bpmn:Definitions', {
    id: '_definitions',
    name: meta.name,
    targetNamespace: SAMSYN_NS,
    exporter: 'Samsyn',
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
};

/** `wanted` unless a definition id already took it; then `prefix` + wanted. */
export const unique = (wanted: string, used: Set<string>, prefix = '_'): string => {
  let id = used.has(wanted) ? `${prefix}${wanted}` : wanted;
  for (let i = 2; used.has(id); i++) id = `${prefix}${wanted}_${i}`;
  used.add(id);
  return id;
};
