export * from './fast-reads.port';
export * from './fast-reads';
