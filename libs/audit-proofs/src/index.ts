export * from './tree/hashing';
export * from './tree/tree-math';
export * from './tree/verify-proofs';
export * from './tree/merkle-tree-source';
export * from './events/event-leaf';
export * from './heads/signed-head';
export * from './heads/signing-key';
