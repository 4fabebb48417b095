import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ConsistencyProof } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import { asClientError, proofsOf } from '../../proofs/provable-store';
import { ProveConsistencyQuery } from './prove-consistency.query';

@QueryHandler(ProveConsistencyQuery)
export class ProveConsistencyHandler implements IQueryHandler<ProveConsistencyQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(q: ProveConsistencyQuery): Promise<ConsistencyProof> {
    return proofsOf(this.store).consistency(q.from, q.to).catch(asClientError);
  }
}
