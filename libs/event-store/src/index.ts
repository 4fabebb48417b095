export * from './port';
export * from './fast-reads';
export * from './hash-chain';
export * from './subscription';
export * from './command-handling';
