import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';
import { asClientError, proofsOf } from '../../proofs/provable-store';
import { ProveInclusionQuery } from './prove-inclusion.query';

@QueryHandler(ProveInclusionQuery)
export class ProveInclusionHandler implements IQueryHandler<ProveInclusionQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(q: ProveInclusionQuery) {
    const { event, proof } = await proofsOf(this.store).inclusion(q.position, q.treeSize).catch(asClientError);
    return { event, inclusion: proof };
  }
}
