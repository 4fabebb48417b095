import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/**
 * POST /processes/:id/proposals: a process owner of a participant proposes a change (or, for its
 * own stakeholder, a deviation). The process is read from its stream, with every stakeholder,
 * term and system the base, the head and the patched definitions name; the domain computes the
 * required level from the structural difference and who must review. A proposal that needs no
 * review is accepted at once and settled in the same request (its answer's status says so).
 */
export const submitProposal =
  ({ proposals, states, newId }: WriteSide): ProposalUseCases['submitProposal'] =>
  (processId, input, options) => {
    const id = input.id ?? newId();
    return proposals.write(id, async (_s, context) => {
      const process = await states.process(processId);
      return {
        type: 'SubmitProposal',
        data: {
          id,
          processId,
          kind: input.kind ?? 'change',
          baseRevision: input.baseRevision,
          changes: input.changes,
          rationale: input.rationale,
          reviewDeadline: input.reviewDeadline ?? null,
          stakeholder: input.stakeholder ?? null,
        },
        refs: { ...(await states.patchRefs(process, input.baseRevision, input.changes)), process },
        context,
      };
    }, options);
  };
