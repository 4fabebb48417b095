export * from './port';
export * from './hash-chain';
export * from './subscription';
export * from './command-handling';
