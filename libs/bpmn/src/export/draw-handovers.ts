import type { GatewayKind, ProcessDefinition } from '@samsyn/domain/process/definition';
import type { BpmnModdle } from 'bpmn-moddle';
import { bpmnIdFor } from '../bpmn-ids';
import { NO_ARTIFACT } from '../import/read-handovers';
import type { BpmnElement } from '../samsyn-moddle';

const GATEWAY_TYPE: Record<GatewayKind, string> = { exclusive: 'bpmn:ExclusiveGateway', inclusive: 'bpmn:InclusiveGateway', parallel: 'bpmn:ParallelGateway' };

export interface DrawnGateway {
  element: BpmnElement;
  step: string;
  side: 'after' | 'before';
}

/**
 * The handovers as sequence flows, through gateways where they split or join: one diverging gateway
 * per step and split kind, one converging gateway per step and join kind. The flow that stands for
 * the handover carries its id (samsyn:handoverId when BPMN would not take it) and its artifact
 * (samsyn:artifact; its name shows the condition when there is one) and its condition as a
 * condition expression. fromBpmnXml reads exactly this back.
 */
export const drawHandovers = (moddle: BpmnModdle, definition: ProcessDefinition, tasks: Map<string, BpmnElement>, used: Set<string>) => {
  const flows: BpmnElement[] = [];
  /** The flows that are a handover by themselves (no gateway on the way), by handover id. */
  const handoverFlows = new Map<string, BpmnElement>();
  const gateways: DrawnGateway[] = [];
  const byKey = new Map<string, BpmnElement>();
  const fresh = (wanted: string): string => {
    let id = wanted;
    for (let i = 2; used.has(id); i++) id = `${wanted}_${i}`;
    used.add(id);
    return id;
  };
  const connect = (id: string, source: BpmnElement, target: BpmnElement, attrs: Record<string, unknown> = {}) => {
    const flow = moddle.create<BpmnElement>('bpmn:SequenceFlow', { id, sourceRef: source, targetRef: target, ...attrs });
    (source.outgoing ??= []).push(flow);
    (target.incoming ??= []).push(flow);
    flows.push(flow);
    return flow;
  };
  const gateway = (step: string, kind: GatewayKind, side: 'after' | 'before'): BpmnElement => {
    const key = `${side}\u0000${step}\u0000${kind}`;
    const existing = byKey.get(key);
    if (existing) return existing;
    const task = tasks.get(step)!;
    const element = moddle.create<BpmnElement>(GATEWAY_TYPE[kind], {
      id: fresh(`_${side === 'after' ? 'split' : 'join'}_${kind}_${task.id}`),
      gatewayDirection: side === 'after' ? 'Diverging' : 'Converging',
    });
    byKey.set(key, element);
    gateways.push({ element, step, side });
    if (side === 'after') connect(fresh(`_to_${element.id}`), task, element);
    else connect(fresh(`_from_${element.id}`), element, task);
    return element;
  };

  for (const [id, h] of Object.entries(definition.handovers)) {
    if (!tasks.has(h.from) || !tasks.has(h.to)) continue; // a handover to no step cannot be drawn; validation never lets one in
    const source = h.split ? gateway(h.from, h.split, 'after') : tasks.get(h.from)!;
    const target = h.join ? gateway(h.to, h.join, 'before') : tasks.get(h.to)!;
    const elementId = bpmnIdFor(id);
    const artifact = h.artifact === NO_ARTIFACT ? undefined : h.artifact;
    const flow = connect(elementId, source, target, {
      ...(h.condition !== undefined ? { name: h.condition } : artifact !== undefined ? { name: artifact } : {}),
      // On a branch (or when the name shows the condition) the name is not the artifact: say which is.
      ...(artifact !== undefined && (h.split !== undefined || h.condition !== undefined) ? { artifact } : {}),
      // Through a gateway the path has several flows: say which one is the handover.
      ...(elementId !== id || h.split || h.join ? { handoverId: id } : {}),
      ...(h.condition !== undefined ? { conditionExpression: moddle.create('bpmn:FormalExpression', { body: h.condition }) } : {}),
    });
    if (!h.split && !h.join) handoverFlows.set(id, flow);
  }
  return { flows, gateways, handoverFlows };
};
