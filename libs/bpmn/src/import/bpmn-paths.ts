import type { GatewayKind } from '@samsyn/domain/process/definition';
import type { BpmnElement } from '../samsyn-moddle';
import { type BpmnModel, gatewayKind, gatewayRole, isGateway, linkKey } from './bpmn-model';
import { BpmnTooLargeError, IMPORT_LIMITS } from './import-limits';
import { cleanName, type TextPolicy } from './text';

/** One way from a step to the next step: the flows taken and what the gateways on it meant. */
export interface Path {
  to: BpmnElement;
  first: BpmnElement;
  last: BpmnElement;
  /** The flow that carries samsyn:handoverId, if any (an export's own). */
  marked?: BpmnElement;
  split?: GatewayKind;
  join?: GatewayKind;
  condition?: string;
  /** A name on the path that is not a branch label: what is handed over. */
  named?: string;
  /** samsyn:artifact on the path. */
  artifact?: string;
}

/** What a boundary event means for the path that leaves it. */
export const boundaryCondition = (b: BpmnElement): string => {
  const definition = b.eventDefinitions?.[0]?.$type.replace(/^bpmn:|EventDefinition$/g, '') ?? 'Boundary';
  const kind = { Error: 'fel / error', Escalation: 'eskalering / escalation', Timer: 'tidsgräns / timer', Message: 'meddelande / message', Signal: 'signal', Conditional: 'villkor / condition', Compensate: 'kompensation / compensation' }[definition] ?? definition.toLowerCase();
  const name = cleanName(b.name);
  return name ? `${kind}: ${name}` : kind;
};

/**
 * Follows sequence flows from a node through everything that is not a step (gateways, events,
 * the edges of flattened sub-processes, link events) to the steps they reach. Every flow taken
 * counts against one budget for the whole import, so the total work stays linear in the
 * document's size whatever its shape.
 */
export class PathWalker {
  private budget: number;
  /** Steps of a flattened sub-process whose paths reach its end: a boundary event on it leaves from them. */
  readonly exits = new Map<BpmnElement, Set<BpmnElement>>();

  constructor(
    private readonly m: BpmnModel,
    private readonly isStep: (e: BpmnElement) => boolean,
    private readonly text: TextPolicy,
  ) {
    this.budget = Math.max(10_000, m.size * IMPORT_LIMITS.walkPerElement);
  }

  private spend(): void {
    if (--this.budget < 0) {
      throw new BpmnTooLargeError('paths', IMPORT_LIMITS.walkPerElement);
    }
  }

  /** Where a path that reaches `node` goes on, when `node` is not a step. */
  private continuations(node: BpmnElement): BpmnElement[] | 'into' {
    if (this.m.entries.has(node)) return 'into';
    const out = this.m.outgoing.get(node) ?? [];
    if (out.length > 0) return out;
    if (node.$instanceOf('bpmn:IntermediateThrowEvent') && node.name && node.eventDefinitions?.some((d) => d.$instanceOf('bpmn:LinkEventDefinition'))) {
      const place = this.m.placement.get(node);
      return (place && this.m.links.get(linkKey(place.process, node.name))?.flatMap((c) => this.m.outgoing.get(c) ?? [])) ?? [];
    }
    return [];
  }

  /** Every path from `from` (a step, a boundary event or a start event) along `exits` to the steps it reaches; one per target and condition. */
  walk(origin: BpmnElement | undefined, exits: BpmnElement[], initial: Partial<Path> = {}): Path[] {
    type State = Omit<Path, 'to'> & { at: BpmnElement };
    const found: Path[] = [];
    const seen = new Set<string>();
    const queue: State[] = [];
    const step = (flow: BpmnElement, prev: Partial<State>): void => {
      this.spend();
      const source = flow.sourceRef!;
      const state: State = { ...initial, ...prev, at: flow.targetRef!, first: prev.first ?? flow, last: flow } as State;
      if (flow.handoverId?.trim()) state.marked = flow;
      const artifact = this.text.name(flow.artifact);
      if (artifact && !state.artifact) state.artifact = artifact;
      const name = this.text.name(flow.name);
      const branch = isGateway(source) && gatewayRole(this.m, source).split;
      const expression = this.text.name(flow.conditionExpression?.body);
      if (!state.condition && expression) state.condition = expression;
      else if (!state.condition && branch && name && name !== artifact) state.condition = name;
      // A name that shows the flow's condition is not what is handed over.
      if (name && !branch && name !== expression && !state.named) state.named = name;
      queue.push(state);
    };
    for (const flow of exits) step(flow, {});
    while (queue.length > 0) {
      const s = queue.shift()!;
      const node = s.at;
      if (this.isStep(node)) {
        const key = `${node.id}\u0000${s.condition ?? ''}\u0000${s.marked?.id ?? ''}\u0000${s.artifact ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          found.push({ ...s, to: node });
        }
        continue;
      }
      const visit = `${node.id}\u0000${s.condition ?? ''}\u0000${s.split ?? ''}\u0000${s.marked?.id ?? ''}\u0000${s.artifact ?? ''}`;
      if (seen.has(visit)) continue;
      seen.add(visit);
      const next = { ...s };
      if (isGateway(node)) {
        const role = gatewayRole(this.m, node);
        if (role.split && !next.split) next.split = gatewayKind(node);
        if (role.join) next.join = gatewayKind(node);
      }
      const place = this.m.placement.get(node);
      const goes = this.continuations(node);
      if (goes === 'into') {
        for (const entry of this.m.entries.get(node)!) {
          this.spend();
          queue.push({ ...next, at: entry });
        }
        continue;
      }
      if (goes.length === 0 && place?.parent) {
        // The end of a flattened sub-process: on along the sub-process's own flows.
        if (origin && this.isStep(origin)) (this.exits.get(place.parent) ?? this.exits.set(place.parent, new Set()).get(place.parent)!).add(origin);
        for (const flow of this.m.outgoing.get(place.parent) ?? []) step(flow, next);
        continue;
      }
      for (const flow of goes) step(flow, next);
    }
    return found;
  }

  /** The steps a message flow's end stands for: the step itself, the steps just before a throwing event, just after a catching one. */
  endSteps(end: BpmnElement | undefined, direction: 'source' | 'target'): BpmnElement[] {
    if (!end) return [];
    if (this.isStep(end)) return [end];
    if (!this.m.placement.has(end)) return []; // a pool drawn as a black box
    if (direction === 'target') return this.forwardFrom(end);
    const found: BpmnElement[] = [];
    const seen = new Set<BpmnElement>();
    const queue = [end];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const flow of this.m.incoming.get(node) ?? []) {
        this.spend();
        const source = flow.sourceRef!;
        if (seen.has(source)) continue;
        seen.add(source);
        if (this.isStep(source)) found.push(source);
        else queue.push(source);
      }
    }
    return found;
  }

  private forwardFrom(node: BpmnElement): BpmnElement[] {
    if (this.m.entries.has(node)) return this.m.entries.get(node)!.flatMap((e) => (this.isStep(e) ? [e] : this.forwardFrom(e)));
    return this.walk(undefined, this.m.outgoing.get(node) ?? []).map((p) => p.to);
  }
}
