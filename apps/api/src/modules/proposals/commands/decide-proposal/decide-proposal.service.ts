import type { ProposalUseCases } from '@samsyn/application/proposals/proposals.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /proposals/:id/decisions: a member of the body holding an escalated proposal approves,
 * rejects or escalates it further. The body and its parent are read from their streams; an
 * approval settles the proposal in the same request. */
export const decideProposal =
  ({ proposals, states }: WriteSide): ProposalUseCases['decideProposal'] =>
  (id, input, options) =>
    proposals.write(id, async (_s, context) => {
      const body = await states.body(input.body);
      return {
        type: 'DecideProposal',
        data: { id, body: input.body, outcome: input.outcome, motivation: input.motivation },
        refs: { body, parentBody: body.parent ? await states.body(body.parent) : undefined },
        context,
      };
    }, options);
