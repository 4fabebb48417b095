import type { AdoptionUseCases } from './adoptions.port';
import type { ProcessUseCases } from './processes.port';
import type { ProposalUseCases } from './proposals/proposals.port';
import type { RecipientUseCases } from './recipients.port';
import type { BodyUseCases, StakeholderUseCases, SystemUseCases, TermUseCases } from './registers.port';

/** Every write of docs/api.md: what the demo seed drives, and what the composition root
 * (apps/api/src/bootstrap/samsyn-application.ts) binds to one store. */
export type SamsynUseCases = StakeholderUseCases &
  BodyUseCases &
  TermUseCases &
  SystemUseCases &
  ProcessUseCases &
  AdoptionUseCases &
  ProposalUseCases &
  RecipientUseCases;
