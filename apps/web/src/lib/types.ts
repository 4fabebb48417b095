/** The API's read shapes the screens use (docs/api.md "Reads"; docs/product.md for the definition). */
export interface Step {
  name: string;
  performer: string;
  order?: number;
  description?: string;
  terms?: string[];
  systems?: string[];
}

export interface Handover {
  from: string;
  to: string;
  artifact?: string;
  terms?: string[];
}

export interface Definition {
  purpose: string;
  participants: string[];
  steps: Record<string, Step>;
  handovers: Record<string, Handover>;
}

/** GET /processes/:id/revisions/:n */
export interface RevisionBody {
  processId: string;
  revision: number;
  definition: Definition;
}

export type HarmonizationStatus = 'harmonized' | 'behind' | 'deviating' | 'needs-reapproval' | 'not-adopted';

export interface CatalogueEntry {
  id: string;
  name: string;
  headRevision: number;
  definition: Definition;
  owner: { principal: string; stakeholder: string };
  participants: string[];
  governingBody: string;
  status: Record<string, HarmonizationStatus>;
  deviations: Record<string, unknown>;
  adopted: Record<string, { revision: number; adoptedOn: string }>;
  openProposals: string[];
  /** Roll-out: target adoption dates per revision and participant, and the process's default (docs/harmonization.md). */
  adoptionTargets?: Record<string, Record<string, string>>;
  defaultAdoptionTarget?: { daysAfterApplied: number; setBy: string } | null;
}

export interface Stakeholder {
  id: string;
  name: string;
  kind: string;
  retired: boolean;
}

export interface Body {
  id: string;
  name: string;
  level: 'object' | 'administration' | 'portfolio';
  parent: string | null;
  members: string[];
}

export interface Review {
  stakeholder: string;
  reviewer: string;
  verdict: 'accept' | 'reject';
  comment: string;
  version: number;
  at: string;
}

export interface Decision {
  body: string;
  level?: string;
  outcome: 'approve' | 'reject' | 'escalate';
  motivation: string;
  by?: string;
  decidedBy?: string;
  at?: string;
}

export interface Proposal {
  id: string;
  processId: string;
  kind: 'change' | 'deviation';
  status: string;
  requiredLevel: 'object' | 'administration' | 'portfolio';
  heldBy: string | null;
  version: number;
  baseRevision: number;
  changes: { op: string; path: string; value?: unknown; from?: string }[];
  rationale: string;
  submittedBy: string;
  stakeholder: string | null;
  reviewDeadline: string | null;
  reviewers: string[];
  reviews: Review[];
  decisions: Decision[];
  escalations: { from?: string; to?: string; at?: string; reason?: string; [k: string]: unknown }[];
  appliedRevision: number | null;
  submittedAt: string;
  decidedAt: string | null;
  closedAt: string | null;
  awaitingReviewFrom: string[];
}
