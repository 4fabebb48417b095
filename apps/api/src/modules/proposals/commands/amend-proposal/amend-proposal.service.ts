import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /proposals/:id/amend: the submitter rewrites a proposal (against a newer head, after a
 * conflict or a rejection); it becomes a new version and is reviewed again. */
export const amendProposal =
  ({ proposals, states }: WriteSide): ProposalUseCases['amendProposal'] =>
  (id, input, options) =>
    proposals.write(id, async (proposal, context) => {
      const process = await states.process(proposal.processId);
      return {
        type: 'AmendProposal',
        data: { id, baseRevision: input.baseRevision, changes: input.changes, rationale: input.rationale },
        refs: { ...(await states.patchRefs(process, input.baseRevision, input.changes)), process },
        context,
      };
    }, options);
