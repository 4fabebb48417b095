import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /proposals/:id/reviews: a reviewer answers for its stakeholder (read from its stream). The
 * last accept makes the proposal accepted and settles it in the same request; a reject escalates it. */
export const reviewProposal =
  ({ proposals, states }: WriteSide): ProposalUseCases['reviewProposal'] =>
  (id, input, options) =>
    proposals.write(id, async (_s, context) => ({
      type: 'ReviewProposal',
      data: { id, stakeholder: input.stakeholder, verdict: input.verdict, comment: input.comment },
      refs: { stakeholder: await states.stakeholder(input.stakeholder) },
      context,
    }), options);
