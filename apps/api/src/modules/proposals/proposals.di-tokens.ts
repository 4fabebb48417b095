/** The proposal use cases' port (ProposalUseCases of @samsyn/application), bound by proposals.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const PROPOSAL_USE_CASES = Symbol('ProposalUseCases');
