import type { GatewayKind } from '@samsyn/domain/process/definition';
import type { BpmnElement } from '../samsyn-moddle';

/** Where a flow node sits: its process, the pool of that process, and the sub-process around it. */
export interface Placement {
  process: BpmnElement;
  pool?: BpmnElement;
  /** The innermost sub-process that was flattened around this node. */
  parent?: BpmnElement;
}

/**
 * The document as a graph: every flow node of every process, sub-processes opened up. A step is
 * an activity with nothing inside it (a task of any kind, a call activity, a collapsed
 * sub-process); a sub-process with contents is flattened into its steps.
 */
export interface BpmnModel {
  processes: BpmnElement[];
  pools: BpmnElement[];
  placement: Map<BpmnElement, Placement>;
  steps: BpmnElement[];
  outgoing: Map<BpmnElement, BpmnElement[]>;
  incoming: Map<BpmnElement, BpmnElement[]>;
  /** Boundary events by the activity they are attached to. */
  boundary: Map<BpmnElement, BpmnElement[]>;
  /** Flattened sub-processes: where a path entering one continues (its start events, or its first nodes). */
  entries: Map<BpmnElement, BpmnElement[]>;
  messageFlows: BpmnElement[];
  /** Catching link events by name and process: a throwing link continues there. */
  links: Map<string, BpmnElement[]>;
  /** Every element seen, for the walking budget. */
  size: number;
  unreadableFlows: number;
}

const isFlattened = (e: BpmnElement): boolean => e.$instanceOf('bpmn:SubProcess') && (e.flowElements ?? []).some((c) => c.$instanceOf('bpmn:FlowNode'));
export const isGateway = (e: BpmnElement): boolean => e.$instanceOf('bpmn:Gateway');

export const gatewayKind = (e: BpmnElement): GatewayKind =>
  e.$instanceOf('bpmn:ParallelGateway') ? 'parallel' : e.$instanceOf('bpmn:InclusiveGateway') || e.$instanceOf('bpmn:ComplexGateway') ? 'inclusive' : 'exclusive';

export const buildModel = (root: BpmnElement): BpmnModel => {
  const rootElements = root.rootElements ?? [];
  const processes = rootElements.filter((e) => e.$instanceOf('bpmn:Process'));
  const collaborations = rootElements.filter((e) => e.$instanceOf('bpmn:Collaboration'));
  const pools = collaborations.flatMap((c) => c.participants ?? []);
  const poolOf = new Map<BpmnElement, BpmnElement>();
  for (const pool of pools) if (pool.processRef && !poolOf.has(pool.processRef)) poolOf.set(pool.processRef, pool);

  const m: BpmnModel = {
    processes,
    pools,
    placement: new Map(),
    steps: [],
    outgoing: new Map(),
    incoming: new Map(),
    boundary: new Map(),
    entries: new Map(),
    messageFlows: collaborations.flatMap((c) => c.messageFlows ?? []),
    links: new Map(),
    size: rootElements.length + pools.length,
    unreadableFlows: 0,
  };
  const push = <K>(map: Map<K, BpmnElement[]>, key: K, value: BpmnElement) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  // An explicit stack, not recursion: nesting is bounded before parsing, but no stack depth is assumed.
  const stack: { container: BpmnElement; place: Placement }[] = processes.map((p) => ({ container: p, place: { process: p, pool: poolOf.get(p) } }));
  stack.reverse();
  const ordered: { container: BpmnElement; place: Placement }[] = [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    ordered.push(item);
    const elements = item.container.flowElements ?? [];
    m.size += elements.length;
    const nested: typeof stack = [];
    for (const e of elements) {
      if (e.$instanceOf('bpmn:SequenceFlow')) {
        if (!e.sourceRef || !e.targetRef) m.unreadableFlows++;
        else {
          push(m.outgoing, e.sourceRef, e);
          push(m.incoming, e.targetRef, e);
        }
        continue;
      }
      if (!e.$instanceOf('bpmn:FlowNode')) continue;
      m.placement.set(e, item.place);
      if (e.$instanceOf('bpmn:BoundaryEvent') && e.attachedToRef) push(m.boundary, e.attachedToRef, e);
      if (e.$instanceOf('bpmn:IntermediateCatchEvent') && e.eventDefinitions?.some((d) => d.$instanceOf('bpmn:LinkEventDefinition')) && e.name) {
        push(m.links, linkKey(item.place.process, e.name), e);
      }
      if (isFlattened(e)) nested.push({ container: e, place: { ...item.place, parent: e } });
      else if (e.$instanceOf('bpmn:Activity')) m.steps.push(e);
    }
    stack.push(...nested.reverse());
  }
  for (const { container } of ordered) {
    if (!container.$instanceOf('bpmn:SubProcess')) continue;
    const inner = (container.flowElements ?? []).filter((e) => e.$instanceOf('bpmn:FlowNode') && !e.$instanceOf('bpmn:BoundaryEvent'));
    const starts = inner.filter((e) => e.$instanceOf('bpmn:StartEvent'));
    m.entries.set(container, starts.length > 0 ? starts : inner.filter((e) => !m.incoming.has(e)));
  }
  return m;
};

export const linkKey = (process: BpmnElement, name: string): string => `${process.id ?? ''}\u0000${name.trim()}`;

export type GatewayRole = { split: boolean; join: boolean };

/** A gateway says what it is (gatewayDirection), else its shape does: more than one way out splits, more than one way in joins. */
export const gatewayRole = (m: BpmnModel, g: BpmnElement): GatewayRole => {
  const direction = g.gatewayDirection;
  if (direction === 'Diverging') return { split: true, join: false };
  if (direction === 'Converging') return { split: false, join: true };
  if (direction === 'Mixed') return { split: true, join: true };
  return { split: (m.outgoing.get(g)?.length ?? 0) > 1, join: (m.incoming.get(g)?.length ?? 0) > 1 };
};
