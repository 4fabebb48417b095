import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

type Proposal = Record<string, any>;
const proposals = (v: unknown): Proposal[] => (Array.isArray(v) ? v : []);

/** The proposal board as CSV: one proposal per row, or its reviews or decisions, one per row. */
export const PROPOSAL_TABLES: CsvTables<unknown> = {
  proposals: (v) => ({
    columns: ['id', 'processId', 'kind', 'status', 'requiredLevel', 'heldBy', 'version', 'baseRevision', 'stakeholder', 'submittedBy', 'submittedAt', 'reviewDeadline', 'decidedAt', 'closedAt', 'appliedRevision', 'reviewers', 'awaitingReviewFrom', 'rationale'],
    rows: proposals(v),
  }),
  reviews: (v) => ({
    columns: ['proposalId', 'processId', 'stakeholder', 'reviewer', 'verdict', 'version', 'at', 'comment'],
    rows: proposals(v).flatMap((p) => (Array.isArray(p.reviews) ? p.reviews : []).map((r: Proposal) => ({ proposalId: p.id, processId: p.processId, ...r }))),
  }),
  decisions: (v) => ({
    columns: ['proposalId', 'processId', 'body', 'level', 'outcome', 'decidedBy', 'at', 'motivation'],
    rows: proposals(v).flatMap((p) => (Array.isArray(p.decisions) ? p.decisions : []).map((d: Proposal) => ({ proposalId: p.id, processId: p.processId, ...d }))),
  }),
};
