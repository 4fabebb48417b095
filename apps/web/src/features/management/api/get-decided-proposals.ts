import type { Proposal } from '../../../lib/types';
import { useApiQuery } from '../../../lib/use-api-query';

/** GET /proposals: the board, from which the minutes form offers the proposals a body decided. */
export const useProposals = () => useApiQuery<Proposal[]>(['proposals'], '/proposals');
