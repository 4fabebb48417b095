import type { Body, CatalogueEntry, Proposal } from '../../../lib/types';
import type { Role } from '../../../lib/auth';

export interface PendingAdoption {
  process: CatalogueEntry;
  stakeholder: string;
  status: string;
}

export interface MyWork {
  toReview: { proposal: Proposal; stakeholder: string }[];
  toDecide: { proposal: Proposal; body: Body }[];
  mine: Proposal[];
  adoptions: PendingAdoption[];
  total: number;
}

const OWN_OPEN = new Set(['submitted', 'escalated', 'conflicted', 'accepted', 'approved']);

/**
 * What waits for a person, composed from the reads: proposals awaiting review by the
 * organisations they review for, proposals held for decision by bodies they sit in, their own
 * open proposals, and the processes their organisations take part in but have not adopted at head.
 */
export const composeMyWork = (input: { sub: string; roles: Role[]; proposals: Proposal[]; bodies: Body[]; catalogue: CatalogueEntry[] }): MyWork => {
  const reviewFor = new Set(input.roles.filter((r) => r.role === 'reviewer' && r.stakeholder).map((r) => r.stakeholder!));
  const mineOrgs = new Set(input.roles.filter((r) => (r.role === 'reviewer' || r.role === 'process-owner') && r.stakeholder).map((r) => r.stakeholder!));
  const myBodies = input.bodies.filter((b) => b.members.includes(input.sub));
  const toReview = input.proposals.flatMap((p) => p.awaitingReviewFrom.filter((s) => reviewFor.has(s)).map((stakeholder) => ({ proposal: p, stakeholder })));
  const toDecide = input.proposals.flatMap((p) => {
    const body = p.status === 'escalated' ? myBodies.find((b) => b.id === p.heldBy) : undefined;
    return body ? [{ proposal: p, body }] : [];
  });
  const mine = input.proposals.filter((p) => p.submittedBy === input.sub && OWN_OPEN.has(p.status));
  const adoptions = input.catalogue.flatMap((process) =>
    process.participants.filter((s) => mineOrgs.has(s) && (process.status[s] === 'behind' || process.status[s] === 'not-adopted')).map((stakeholder) => ({ process, stakeholder, status: process.status[stakeholder] })),
  );
  return { toReview, toDecide, mine, adoptions, total: toReview.length + toDecide.length + mine.length + adoptions.length };
};
