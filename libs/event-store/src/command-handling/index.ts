export * from './handle-command';
export * from './stale-revision.error';
export * from './stream-state-cache';
