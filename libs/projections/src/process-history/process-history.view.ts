import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { describeDiff } from '@samsyn/domain/process/definition-diff-values';
import type { RevisionEntry } from './process-history.projection';

/** docs/api.md's revision in GET /processes/:id/revisions: who applied it, when, and the decision behind it. */
export const revisionView = ({ position, ...r }: RevisionEntry) => ({ ...r, position });

export type RevisionView = ReturnType<typeof revisionView>;

/** GET /processes/:id/revisions/:n: the definition of one revision. */
export interface ProcessRevisionView {
  processId: string;
  revision: number;
  definition: ProcessDefinition;
}

/** GET /processes/:id/diff?from&to: what changed between two revisions, with old and new values. */
export const processDiffView = (processId: string, from: number, to: number, a: ProcessDefinition, b: ProcessDefinition) => ({ processId, from, to, ...describeDiff(a, b) });

export type ProcessDiffView = ReturnType<typeof processDiffView>;
