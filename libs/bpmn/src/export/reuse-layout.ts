import type { ProcessDefinition, Step } from '@samsyn/domain/process/definition';
import type { DiagramLayout, LayoutBox } from '@samsyn/domain/process/diagram-layout';
import { own } from '@samsyn/domain/shared/dict';
import { LANE_HEIGHT, POOL_LABEL, TASK, type Box } from '../bpmn-diagram';
import type { BpmnElement } from '../samsyn-moddle';

const GAP = 60;

const fromLayout = (b: LayoutBox): Box => ({ x: b.x, y: b.y, w: b.width, h: b.height });
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const cover = (a: Box | undefined, b: Box): Box => {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/** A line recorded between two boxes starts and ends at (or near) their borders; one that does not was drawn between others. */
const NEAR = 12;
const touches = (b: Box, [x, y]: [number, number]): boolean => x >= b.x - NEAR && x <= b.x + b.w + NEAR && y >= b.y - NEAR && y <= b.y + b.h + NEAR;

export interface LayoutInput {
  definition: ProcessDefinition;
  /** Steps by order, as the export draws them. */
  steps: [string, Step][];
  tasks: Map<string, BpmnElement>;
  /** The flow that is each handover (drawn without a gateway), by handover id. */
  handoverFlows: Map<string, BpmnElement>;
}

/**
 * The diagram a tool drew, for the revision as it is now: steps and participants that the layout
 * knows stand where they stood; a new step goes right of the step that hands over to it (else
 * right of everything in its lane), moved on until it overlaps nothing; a new participant gets a
 * row below the others; removed ones are simply not drawn. A handover keeps its recorded line
 * when it is still drawn as one flow between the same two boxes; otherwise it is routed afresh.
 */
export const reuseLayout = (layout: DiagramLayout, d: LayoutInput) => {
  const boxes = new Map<string, Box>();
  const kept = new Set<string>();
  for (const [id] of d.steps) {
    const b = own(layout.steps, id);
    if (b) {
      boxes.set(id, fromLayout(b));
      kept.add(id);
    }
  }
  const lanes = new Map<string, Box>();
  for (const p of d.definition.participants) {
    const b = own(layout.participants, p);
    if (b) lanes.set(p, fromLayout(b));
  }
  const all = () => [...boxes.values(), ...lanes.values()];
  const extent = (list: Box[]) => list.reduce<Box | undefined>((a, b) => cover(a, b), undefined) ?? { x: POOL_LABEL, y: 0, w: 4 * TASK.width, h: LANE_HEIGHT };
  for (const p of d.definition.participants) {
    if (lanes.has(p)) continue;
    const whole = extent(all());
    lanes.set(p, { x: whole.x, y: whole.y + whole.h, w: Math.max(whole.w, 4 * TASK.width), h: LANE_HEIGHT });
  }

  const predecessor = new Map<string, string>();
  for (const h of Object.values(d.definition.handovers)) if (!predecessor.has(h.to) && h.from !== h.to) predecessor.set(h.to, h.from);
  for (const [id, step] of d.steps) {
    if (boxes.has(id)) continue;
    const lane = lanes.get(step.performer);
    const before = predecessor.get(id);
    const from = before !== undefined ? boxes.get(before) : undefined;
    const inLane = [...boxes.entries()].filter(([other]) => own(d.definition.steps, other)?.performer === step.performer).map(([, b]) => b);
    const y = lane ? lane.y + (lane.h - TASK.height) / 2 : (from?.y ?? 0);
    const x = from ? from.x + from.w + GAP : inLane.length > 0 ? Math.max(...inLane.map((b) => b.x + b.w)) + GAP : (lane?.x ?? 0) + POOL_LABEL + GAP;
    const placed: Box = { x, y, w: TASK.width, h: TASK.height };
    const others = [...boxes.values()];
    // Past whatever it overlaps: each move clears at least one box, so this ends within n moves.
    for (let hit = others.filter((o) => overlaps(o, placed)); hit.length > 0; hit = others.filter((o) => overlaps(o, placed))) {
      placed.x = Math.max(...hit.map((o) => o.x + o.w)) + GAP;
    }
    boxes.set(id, placed);
  }
  // A lane holds the steps it performs, also the ones placed just now.
  for (const [id, step] of d.steps) lanes.set(step.performer, cover(lanes.get(step.performer), boxes.get(id)!));
  const laneList = d.definition.participants.map((p) => lanes.get(p)!);
  const inner = extent(laneList);
  const pool: Box = { x: inner.x - POOL_LABEL, y: inner.y, w: inner.w + POOL_LABEL, h: inner.h };

  const waypoints = new Map<BpmnElement, [number, number][]>();
  for (const [id, flow] of d.handoverFlows) {
    const h = own(d.definition.handovers, id);
    const line = own(layout.handovers, id);
    if (h && line && kept.has(h.from) && kept.has(h.to) && touches(boxes.get(h.from)!, line[0]) && touches(boxes.get(h.to)!, line[line.length - 1])) waypoints.set(flow, line);
  }
  const tasks = new Map<BpmnElement, Box>([...boxes].map(([id, b]) => [d.tasks.get(id)!, b]));
  return { placed: { pool, lanes: laneList, tasks }, waypoints };
};
