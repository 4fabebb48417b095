import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ConsistencyProof } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import { asClientError, proofsOf } from '../../proofs/provable-store';

export class ProveConsistencyQuery extends Query<ConsistencyProof> {
  constructor(
    readonly from: bigint,
    readonly to: bigint,
  ) {
    super();
  }
}

@QueryHandler(ProveConsistencyQuery)
export class ProveConsistencyHandler implements IQueryHandler<ProveConsistencyQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(q: ProveConsistencyQuery): Promise<ConsistencyProof> {
    return proofsOf(this.store).consistency(q.from, q.to).catch(asClientError);
  }
}
