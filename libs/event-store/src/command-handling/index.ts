export * from './handle-command';
export * from './stale-revision.error';
