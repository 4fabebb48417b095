import { ErrorCodes, refuse } from '../shared/domain-error';

/** A box in diagram coordinates (BPMN DI `dc:Bounds`). */
export interface LayoutBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a modelling tool drew a definition, in the definition's own ids: a box per step, the
 * waypoints of a handover drawn as one line, a box per participant (its lanes, else its pool).
 * Carried by the proposal made from an imported diagram (ProposalSubmitted.layout), so the export
 * of the revision it becomes can draw what did not change where the tool had it (docs/bpmn.md).
 */
export interface DiagramLayout {
  steps: Record<string, LayoutBox>;
  handovers: Record<string, [number, number][]>;
  participants: Record<string, LayoutBox>;
}

/** Bounds that keep the layout a small part of its event: at most the definition's own sizes. */
export const LAYOUT_BOUNDS = {
  steps: 1_000,
  handovers: 2_000,
  participants: 200,
  waypointsPerHandover: 32,
  /** Modelling tools draw within a few 10,000 units; far past that is not a diagram. */
  coordinate: 1_000_000,
} as const;

const isCoordinate = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= LAYOUT_BOUNDS.coordinate;
const isBox = (b: unknown): b is LayoutBox => {
  const box = b as LayoutBox;
  return typeof b === 'object' && b !== null && isCoordinate(box.x) && isCoordinate(box.y) && isCoordinate(box.width) && isCoordinate(box.height) && box.width >= 0 && box.height >= 0;
};
const isRecord = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r);

/** A layout as it may be recorded, or refused (INVALID_INPUT, field `layout`): shape, counts and coordinates checked. */
export const checkedLayout = (layout: unknown): DiagramLayout => {
  const bad = (why: string): never => refuse(ErrorCodes.INVALID_INPUT, `layout: ${why}`, { field: 'layout' });
  if (!isRecord(layout) || !isRecord(layout.steps) || !isRecord(layout.handovers) || !isRecord(layout.participants)) return bad('needs steps, handovers and participants');
  const parts = [
    ['steps', layout.steps, LAYOUT_BOUNDS.steps],
    ['handovers', layout.handovers, LAYOUT_BOUNDS.handovers],
    ['participants', layout.participants, LAYOUT_BOUNDS.participants],
  ] as const;
  for (const [name, part, max] of parts) if (Object.keys(part).length > max) bad(`more than ${max} ${name}`);
  if (!Object.values(layout.steps).every(isBox) || !Object.values(layout.participants).every(isBox)) bad('a box is not {x, y, width, height} within bounds');
  for (const points of Object.values(layout.handovers)) {
    const ok = Array.isArray(points) && points.length >= 2 && points.length <= LAYOUT_BOUNDS.waypointsPerHandover && points.every((p) => Array.isArray(p) && p.length === 2 && isCoordinate(p[0]) && isCoordinate(p[1]));
    if (!ok) bad(`a handover's waypoints are not 2 to ${LAYOUT_BOUNDS.waypointsPerHandover} [x, y] points within bounds`);
  }
  return structuredClone(layout as unknown as DiagramLayout);
};
