export * from './canonical-json';
export * from './hash-event';
export * from './verify-chain';
