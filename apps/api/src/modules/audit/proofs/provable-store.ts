import { hasMerkleTree, storeProofs, TreeRangeError, type ProvableStore, type StoreProofs } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import { ApiError } from '../../../infrastructure/errors/api-error';

/** The configured store, which must keep a Merkle tree to give proofs (else 501). */
export const provable = (store: EventStore): ProvableStore => {
  if (!hasMerkleTree(store)) {
    throw new ApiError(501, 'PROOFS_UNSUPPORTED', 'this store keeps no Merkle tree', { sv: 'den här lagringen har inget Merkleträd' });
  }
  return store;
};

export const proofsOf = (store: EventStore): StoreProofs => storeProofs(provable(store));

const SWEDISH: Record<TreeRangeError['code'], string> = {
  TREE_SIZE_OUT_OF_RANGE: 'trädstorleken ligger utanför det lagret innehåller',
  LEAF_OUT_OF_RANGE: 'ingen händelse på den positionen i trädet',
};

/** A size or position outside the tree is the client's: 400 / 404 with a stable code. */
export const asClientError = (e: unknown): never => {
  if (e instanceof TreeRangeError) throw new ApiError(e.code === 'LEAF_OUT_OF_RANGE' ? 404 : 400, e.code, e.message, { sv: SWEDISH[e.code] });
  throw e;
};
