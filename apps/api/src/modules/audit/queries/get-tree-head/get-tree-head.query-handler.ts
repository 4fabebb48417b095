import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { SignedTreeHead } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../../../../infrastructure/tokens';
import { AUDIT_SIGNER, type AuditSigner } from '../../proofs/audit-signer';
import { asClientError, proofsOf } from '../../proofs/provable-store';

/** The signed head of the whole store, or of the tree that ends at a global position. */
export class GetTreeHeadQuery extends Query<SignedTreeHead> {
  constructor(readonly asOfPosition: bigint | undefined) {
    super();
  }
}

/** Asks the store's tree, not a read model: the proof must not depend on what it proves. */
@QueryHandler(GetTreeHeadQuery)
export class GetTreeHeadHandler implements IQueryHandler<GetTreeHeadQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_SIGNER) private readonly signer: AuditSigner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(q: GetTreeHeadQuery): Promise<SignedTreeHead> {
    const proofs = proofsOf(this.store);
    try {
      const size = q.asOfPosition === undefined ? undefined : await proofs.sizeAt(q.asOfPosition);
      return await proofs.signedHead(this.signer.key().privateKey, this.clock.now(), size);
    } catch (e) {
      return asClientError(e);
    }
  }
}
