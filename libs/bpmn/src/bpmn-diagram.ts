import type { BpmnModdle } from 'bpmn-moddle';
import type { BpmnElement } from './samsyn-moddle';

/** What the diagram is drawn from: the pool, its lanes top to bottom, each task's lane and column. */
export interface DiagramInput {
  collaboration: BpmnElement;
  participant: BpmnElement;
  lanes: BpmnElement[];
  tasks: { element: BpmnElement; lane: number; column: number }[];
  flows: BpmnElement[];
}

const POOL_LABEL = 30;
const LANE_HEIGHT = 140;
const COLUMN = 180;
const MARGIN = 50;
const TASK = { width: 120, height: 80 };

/**
 * A BPMNDiagram that modelling tools open without a layout pass: the pool holds one row per lane,
 * tasks stand in columns by their order, flows run as orthogonal lines between them.
 */
export const drawDiagram = (moddle: BpmnModdle, d: DiagramInput): BpmnElement => {
  const columns = Math.max(1, ...d.tasks.map((t) => t.column + 1));
  const width = POOL_LABEL + 2 * MARGIN + columns * COLUMN;
  const height = Math.max(1, d.lanes.length) * LANE_HEIGHT;
  const bounds = (x: number, y: number, w: number, h: number) => moddle.create('dc:Bounds', { x, y, width: w, height: h });
  const point = (x: number, y: number) => moddle.create('dc:Point', { x, y });
  const shape = (element: BpmnElement, b: unknown, horizontal: boolean) =>
    moddle.create('bpmndi:BPMNShape', { id: `_di_${element.id}`, bpmnElement: element, bounds: b, ...(horizontal ? { isHorizontal: true } : {}) });

  const box = new Map<BpmnElement, { x: number; y: number }>();
  const planeElements: unknown[] = [shape(d.participant, bounds(0, 0, width, height), true)];
  d.lanes.forEach((lane, i) => planeElements.push(shape(lane, bounds(POOL_LABEL, i * LANE_HEIGHT, width - POOL_LABEL, LANE_HEIGHT), true)));
  for (const t of d.tasks) {
    const x = POOL_LABEL + MARGIN + t.column * COLUMN + (COLUMN - TASK.width) / 2;
    const y = Math.max(t.lane, 0) * LANE_HEIGHT + (LANE_HEIGHT - TASK.height) / 2;
    box.set(t.element, { x, y });
    planeElements.push(shape(t.element, bounds(x, y, TASK.width, TASK.height), false));
  }
  for (const flow of d.flows) {
    const from = flow.sourceRef && box.get(flow.sourceRef);
    const to = flow.targetRef && box.get(flow.targetRef);
    if (!from || !to) continue;
    planeElements.push(moddle.create('bpmndi:BPMNEdge', { id: `_di_${flow.id}`, bpmnElement: flow, waypoint: route(from, to).map(([x, y]) => point(x, y)) }));
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: '_plane', bpmnElement: d.collaboration, planeElement: planeElements });
  return moddle.create<BpmnElement>('bpmndi:BPMNDiagram', { id: '_diagram', plane });
};

/** Forward: out of the right side, into the left. Same column or backwards: out of the bottom, into the top or bottom. */
const route = (a: { x: number; y: number }, b: { x: number; y: number }): [number, number][] => {
  const midA = a.y + TASK.height / 2;
  const midB = b.y + TASK.height / 2;
  if (b.x > a.x) {
    const start: [number, number] = [a.x + TASK.width, midA];
    const end: [number, number] = [b.x, midB];
    if (midA === midB) return [start, end];
    const bend = (start[0] + end[0]) / 2;
    return [start, [bend, midA], [bend, midB], end];
  }
  const ax = a.x + TASK.width / 2;
  const bx = b.x + TASK.width / 2;
  if (b.y > a.y) return [[ax, a.y + TASK.height], [ax, (a.y + TASK.height + b.y) / 2], [bx, (a.y + TASK.height + b.y) / 2], [bx, b.y]];
  const below = Math.max(a.y, b.y) + TASK.height + 20;
  return [[ax, a.y + TASK.height], [ax, below], [bx, below], [bx, b.y + TASK.height]];
};
