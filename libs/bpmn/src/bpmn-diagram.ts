import type { BpmnModdle } from 'bpmn-moddle';
import type { BpmnElement } from './samsyn-moddle';

/** What the diagram is drawn from: the pool, its lanes top to bottom, each task's lane and column. */
export interface DiagramInput {
  collaboration: BpmnElement;
  participant: BpmnElement;
  lanes: BpmnElement[];
  tasks: { element: BpmnElement; lane: number; column: number }[];
  /** Split gateways stand right of their task, join gateways left of it. */
  gateways?: { element: BpmnElement; beside: BpmnElement; side: 'after' | 'before' }[];
  flows: BpmnElement[];
  /** Where a recorded layout puts the pool, the lanes and the tasks (export/reuse-layout.ts); else a grid. */
  placed?: { pool: Box; lanes: Box[]; tasks: Map<BpmnElement, Box> };
  /** A recorded line for a flow whose ends stand where they stood. */
  waypoints?: Map<BpmnElement, [number, number][]>;
}

export const POOL_LABEL = 30;
export const LANE_HEIGHT = 140;
const COLUMN = 180;
const MARGIN = 50;
export const TASK = { width: 120, height: 80 };
const GATEWAY = 40;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

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

  const box = new Map<BpmnElement, Box>();
  const pool = d.placed?.pool ?? { x: 0, y: 0, w: width, h: height };
  const planeElements: unknown[] = [shape(d.participant, bounds(pool.x, pool.y, pool.w, pool.h), true)];
  d.lanes.forEach((lane, i) => {
    const b = d.placed?.lanes[i] ?? { x: POOL_LABEL, y: i * LANE_HEIGHT, w: width - POOL_LABEL, h: LANE_HEIGHT };
    planeElements.push(shape(lane, bounds(b.x, b.y, b.w, b.h), true));
  });
  for (const t of d.tasks) {
    const x = POOL_LABEL + MARGIN + t.column * COLUMN + (COLUMN - TASK.width) / 2;
    const y = Math.max(t.lane, 0) * LANE_HEIGHT + (LANE_HEIGHT - TASK.height) / 2;
    const b = d.placed?.tasks.get(t.element) ?? { x, y, w: TASK.width, h: TASK.height };
    box.set(t.element, b);
    planeElements.push(shape(t.element, bounds(b.x, b.y, b.w, b.h), false));
  }
  // Several gateways beside one task stack downwards, so none hides another.
  const stacked = new Map<string, number>();
  for (const g of d.gateways ?? []) {
    const task = box.get(g.beside);
    if (!task) continue;
    const slot = `${g.side}\u0000${g.beside.id}`;
    const n = stacked.get(slot) ?? 0;
    stacked.set(slot, n + 1);
    const x = g.side === 'after' ? task.x + task.w + 8 : task.x - 8 - GATEWAY;
    const y = task.y + (task.h - GATEWAY) / 2 + n * (GATEWAY + 6) - (n > 0 ? task.h / 2 : 0);
    box.set(g.element, { x, y, w: GATEWAY, h: GATEWAY });
    planeElements.push(shape(g.element, bounds(x, y, GATEWAY, GATEWAY), false));
  }
  for (const flow of d.flows) {
    const from = flow.sourceRef && box.get(flow.sourceRef);
    const to = flow.targetRef && box.get(flow.targetRef);
    if (!from || !to) continue;
    const line = d.waypoints?.get(flow) ?? route(from, to);
    planeElements.push(moddle.create('bpmndi:BPMNEdge', { id: `_di_${flow.id}`, bpmnElement: flow, waypoint: line.map(([x, y]) => point(x, y)) }));
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: '_plane', bpmnElement: d.collaboration, planeElement: planeElements });
  return moddle.create<BpmnElement>('bpmndi:BPMNDiagram', { id: '_diagram', plane });
};

/** Forward: out of the right side, into the left. Same column or backwards: out of the bottom, into the top or bottom. */
const route = (a: Box, b: Box): [number, number][] => {
  const midA = a.y + a.h / 2;
  const midB = b.y + b.h / 2;
  if (b.x >= a.x + a.w) {
    const start: [number, number] = [a.x + a.w, midA];
    const end: [number, number] = [b.x, midB];
    if (midA === midB) return [start, end];
    const bend = (start[0] + end[0]) / 2;
    return [start, [bend, midA], [bend, midB], end];
  }
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  if (b.y > a.y + a.h) return [[ax, a.y + a.h], [ax, (a.y + a.h + b.y) / 2], [bx, (a.y + a.h + b.y) / 2], [bx, b.y]];
  const below = Math.max(a.y + a.h, b.y + b.h) + 20;
  return [[ax, a.y + a.h], [ax, below], [bx, below], [bx, b.y + b.h]];
};
