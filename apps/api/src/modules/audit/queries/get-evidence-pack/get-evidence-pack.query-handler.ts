import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import { gatherEvidence, renderEvidenceHtml } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import { CLOCK, EVENT_STORE, type Clock } from '../../../../infrastructure/tokens';
import { AUDIT_SIGNER, type AuditSigner } from '../../proofs/audit-signer';
import { asClientError, provable } from '../../proofs/provable-store';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';

/** The evidence pack of a process as HTML. */
export class GetEvidencePackQuery extends Query<string> {
  constructor(
    readonly processId: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** From the store's own streams and tree, not a read model: the pack proves what it shows. */
@QueryHandler(GetEvidencePackQuery)
export class GetEvidencePackHandler implements IQueryHandler<GetEvidencePackQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_SIGNER) private readonly signer: AuditSigner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(q: GetEvidencePackQuery): Promise<string> {
    const store = provable(this.store);
    const { privateKey, publicKey } = this.signer.key();
    const pack = await gatherEvidence(store, q.processId, { asOf: q.asOf, privateKey, publicKey, now: this.clock.now() }).catch(asClientError);
    if (!pack) throw new ApiError(404, ApiErrorCodes.NOT_FOUND, `process ${q.processId} not found`, { sv: `processen ${q.processId} finns inte` });
    return renderEvidenceHtml(pack);
  }
}
