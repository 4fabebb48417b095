import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { EventStore, StoredEvent } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import { asClientError, proofsOf } from '../../proofs/provable-store';
import type { InclusionProof } from '@samsyn/audit-proofs';

export class ProveInclusionQuery extends Query<{ event: StoredEvent; inclusion: InclusionProof }> {
  constructor(
    readonly position: bigint,
    readonly treeSize: bigint | undefined,
  ) {
    super();
  }
}

@QueryHandler(ProveInclusionQuery)
export class ProveInclusionHandler implements IQueryHandler<ProveInclusionQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(q: ProveInclusionQuery) {
    const { event, proof } = await proofsOf(this.store).inclusion(q.position, q.treeSize).catch(asClientError);
    return { event, inclusion: proof };
  }
}
