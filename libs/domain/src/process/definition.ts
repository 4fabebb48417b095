/** The structured process definition (docs/product.md). Steps and handovers are keyed by id, not by
 * array index, so a change written against one revision keeps its meaning after another lands. */
export interface Step {
  name: string;
  performer: string;
  order: number;
  description?: string;
  terms?: string[];
  systems?: string[];
}

/** How a branching in a diagram behaves: one path (exclusive), any of them (inclusive) or all (parallel). */
export type GatewayKind = 'exclusive' | 'inclusive' | 'parallel';
export const GATEWAY_KINDS: readonly GatewayKind[] = ['exclusive', 'inclusive', 'parallel'];

/**
 * `condition`, `split` and `join` keep what a gateway meant (docs/bpmn.md): the branch label or
 * condition under which this handover happens, whether it leaves its source step through a split
 * of that kind, and whether it reaches its target step through a join of that kind. All optional,
 * so every earlier definition keeps its meaning.
 */
export interface Handover {
  from: string;
  to: string;
  artifact: string;
  condition?: string;
  split?: GatewayKind;
  join?: GatewayKind;
}

export interface ProcessDefinition {
  purpose: string;
  participants: string[];
  steps: Record<string, Step>;
  handovers: Record<string, Handover>;
}

/** RFC 6902 operation on a definition. */
export type PatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };
