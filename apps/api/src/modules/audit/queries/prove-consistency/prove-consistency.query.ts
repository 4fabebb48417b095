import { Query } from '@nestjs/cqrs';
import type { ConsistencyProof } from '@samsyn/audit-proofs';

export class ProveConsistencyQuery extends Query<ConsistencyProof> {
  constructor(
    readonly from: bigint,
    readonly to: bigint,
  ) {
    super();
  }
}
