import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /proposals/:id/withdraw: the submitter withdraws a proposal that is still open. */
export const withdrawProposal =
  ({ proposals }: WriteSide): ProposalUseCases['withdrawProposal'] =>
  (id, input, options) =>
    proposals.write(id, (_s, context) => ({ type: 'WithdrawProposal', data: { id, reason: input.reason }, context }), options);
