export * from './application.port';
export * from './command-executor';
export * from './event-codec';
export * from './samsyn-application';
export * from './stream-states';
export * from './proposal-view';
export * from './demo/seed-demo';
export * from './idempotency';
