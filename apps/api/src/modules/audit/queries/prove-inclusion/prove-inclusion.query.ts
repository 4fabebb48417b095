import { Query } from '@nestjs/cqrs';
import type { InclusionProof } from '@samsyn/audit-proofs';
import type { StoredEvent } from '@samsyn/event-store';

export class ProveInclusionQuery extends Query<{ event: StoredEvent; inclusion: InclusionProof }> {
  constructor(
    readonly position: bigint,
    readonly treeSize: bigint | undefined,
  ) {
    super();
  }
}
