import { Module } from '@nestjs/common';
import { API_CONFIG } from '../../infrastructure/tokens';
import type { ApiConfig } from '../../infrastructure/config/api-config';
import { AUDIT_SIGNER, AuditSigner } from './proofs/audit-signer';
import { GetEvidencePackHandler } from './queries/get-evidence-pack/get-evidence-pack.query-handler';
import { GetEvidencePackHttpController } from './queries/get-evidence-pack/get-evidence-pack.http.controller';
import { GetPublicKeyHandler } from './queries/get-public-key/get-public-key.query-handler';
import { GetPublicKeyHttpController } from './queries/get-public-key/get-public-key.http.controller';
import { GetTreeHeadHandler } from './queries/get-tree-head/get-tree-head.query-handler';
import { GetTreeHeadHttpController } from './queries/get-tree-head/get-tree-head.http.controller';
import { ListAuditEventsHandler } from './queries/list-audit-events/list-audit-events.query-handler';
import { ListAuditEventsHttpController } from './queries/list-audit-events/list-audit-events.http.controller';
import { ProveConsistencyHandler } from './queries/prove-consistency/prove-consistency.query-handler';
import { ProveConsistencyHttpController } from './queries/prove-consistency/prove-consistency.http.controller';
import { ProveInclusionHandler } from './queries/prove-inclusion/prove-inclusion.query-handler';
import { ProveInclusionHttpController } from './queries/prove-inclusion/prove-inclusion.http.controller';
import { VerifyChainHandler } from './queries/verify-chain/verify-chain.query-handler';
import { VerifyChainHttpController } from './queries/verify-chain/verify-chain.http.controller';

@Module({
  controllers: [ListAuditEventsHttpController, VerifyChainHttpController, GetPublicKeyHttpController, GetTreeHeadHttpController, ProveInclusionHttpController, ProveConsistencyHttpController, GetEvidencePackHttpController],
  providers: [
    ListAuditEventsHandler,
    VerifyChainHandler,
    GetPublicKeyHandler,
    GetTreeHeadHandler,
    ProveInclusionHandler,
    ProveConsistencyHandler,
    GetEvidencePackHandler,
    { provide: AUDIT_SIGNER, inject: [API_CONFIG], useFactory: (config: ApiConfig) => new AuditSigner(config.dataDir, config.signingKey) },
  ],
})
export class AuditModule {}
