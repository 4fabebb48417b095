import { LAYOUT_BOUNDS, type DiagramLayout, type LayoutBox } from '@samsyn/domain/process/diagram-layout';
import { dict } from '@samsyn/domain/shared/dict';
import type { BpmnElement } from '../samsyn-moddle';
import type { BpmnModel } from './bpmn-model';

interface DiElement {
  $instanceOf(type: string): boolean;
  bpmnElement?: BpmnElement;
  bounds?: LayoutBox;
  waypoint?: { x: number; y: number }[];
}

const box = (b: LayoutBox | undefined): LayoutBox | undefined =>
  b && [b.x, b.y, b.width, b.height].every((n) => Number.isFinite(n) && Math.abs(n) <= LAYOUT_BOUNDS.coordinate) && b.width >= 0 && b.height >= 0
    ? { x: b.x, y: b.y, width: b.width, height: b.height }
    : undefined;

const union = (a: LayoutBox | undefined, b: LayoutBox): LayoutBox => {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

export interface LayoutSources {
  stepIdOf: Map<BpmnElement, string>;
  performerOf: Map<BpmnElement, string>;
  /** The registered organisation a pool names, if it names one (the layout invents no participant). */
  poolMatch: (pool: BpmnElement) => string | undefined;
  /** The one flow (sequence or message) a handover was drawn as, when it was one. */
  flowOf: Map<string, BpmnElement>;
}

/**
 * The document's diagram interchange in the definition's ids: each step's box, the waypoints of
 * each handover drawn as one flow, and each participant's box (the union of the leaf lanes whose
 * steps it performs, else of its pools: the organisation a pool names, else the performer of its steps). Undefined when the document has no diagram. Shapes of
 * elements that did not become part of the definition are left out, so the layout stays bounded
 * by the definition's own size.
 */
export const readLayout = (root: BpmnElement, m: BpmnModel, s: LayoutSources): DiagramLayout | undefined => {
  const shapes = new Map<BpmnElement, LayoutBox>();
  const edges = new Map<BpmnElement, [number, number][]>();
  for (const diagram of (root as { diagrams?: { plane?: { planeElement?: DiElement[] } }[] }).diagrams ?? []) {
    for (const e of diagram.plane?.planeElement ?? []) {
      if (!e.bpmnElement) continue;
      const b = box(e.bounds);
      if (e.$instanceOf('bpmndi:BPMNShape') && b && !shapes.has(e.bpmnElement)) shapes.set(e.bpmnElement, b);
      const points = (e.waypoint ?? []).map((p): [number, number] => [p.x, p.y]);
      const drawable = points.length >= 2 && points.length <= LAYOUT_BOUNDS.waypointsPerHandover && points.flat().every((n) => Number.isFinite(n) && Math.abs(n) <= LAYOUT_BOUNDS.coordinate);
      if (e.$instanceOf('bpmndi:BPMNEdge') && drawable && !edges.has(e.bpmnElement)) edges.set(e.bpmnElement, points);
    }
  }
  if (shapes.size === 0) return undefined;

  const layout: DiagramLayout = { steps: dict<LayoutBox>(), handovers: dict<[number, number][]>(), participants: dict<LayoutBox>() };
  for (const [element, id] of s.stepIdOf) {
    const b = shapes.get(element);
    if (b) layout.steps[id] = b;
  }
  for (const [id, flow] of s.flowOf) {
    const points = edges.get(flow);
    if (points) layout.handovers[id] = points;
  }
  const lanesDrawn = new Set<BpmnElement>();
  for (const process of m.processes) {
    const stack = [...(process.laneSets ?? [])];
    while (stack.length > 0) {
      for (const lane of stack.pop()!.lanes ?? []) {
        if (lane.childLaneSet?.lanes?.length) stack.push(lane.childLaneSet);
        const b = shapes.get(lane);
        const performer = (lane.flowNodeRef ?? []).map((n) => s.performerOf.get(n)).find((p) => p !== undefined);
        if (!b || performer === undefined || lane.childLaneSet?.lanes?.length) continue;
        layout.participants[performer] = union(layout.participants[performer], b);
        lanesDrawn.add(process);
      }
    }
  }
  for (const pool of m.pools) {
    const b = shapes.get(pool);
    if (!b || (pool.processRef && lanesDrawn.has(pool.processRef))) continue;
    const performing = m.steps.find((step) => pool.processRef && m.placement.get(step)?.process === pool.processRef);
    const id = s.poolMatch(pool) ?? (performing ? s.performerOf.get(performing) : undefined);
    if (id === undefined) continue;
    if (Object.keys(layout.participants).length < LAYOUT_BOUNDS.participants || id in layout.participants) layout.participants[id] = union(layout.participants[id], b);
  }
  return layout;
};
