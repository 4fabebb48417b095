/** The structured process definition (PRODUCT.md). Steps and handovers are keyed by id, not by
 * array index, so a change written against one revision keeps its meaning after another lands. */
export interface Step {
  name: string;
  performer: string;
  order: number;
  description?: string;
  terms?: string[];
  systems?: string[];
}

export interface Handover {
  from: string;
  to: string;
  artifact: string;
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

export type GovernanceLevel = 'object' | 'administration' | 'portfolio';
export const LEVELS: readonly GovernanceLevel[] = ['object', 'administration', 'portfolio'];
export const levelRank = (l: GovernanceLevel): number => LEVELS.indexOf(l);
