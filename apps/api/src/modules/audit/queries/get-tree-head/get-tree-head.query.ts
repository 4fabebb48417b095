import { Query } from '@nestjs/cqrs';
import type { SignedTreeHead } from '@samsyn/audit-proofs';

/** The signed head of the whole store, or of the tree that ends at a global position. */
export class GetTreeHeadQuery extends Query<SignedTreeHead> {
  constructor(readonly asOfPosition: bigint | undefined) {
    super();
  }
}
