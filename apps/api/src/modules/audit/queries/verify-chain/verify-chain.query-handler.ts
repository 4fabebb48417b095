import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ChainVerification, EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../../../../infrastructure/tokens';

export class VerifyChainQuery extends Query<ChainVerification> {}

/** Asks the store itself, not a read model: the proof must not depend on what it proves. */
@QueryHandler(VerifyChainQuery)
export class VerifyChainHandler implements IQueryHandler<VerifyChainQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(): Promise<ChainVerification> {
    return this.store.verifyChain();
  }
}
