export * from './event-store.port';
export * from './errors';
export * from './lean-event';
export * from './expected-revision';
