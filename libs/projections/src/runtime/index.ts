export * from './projection-runner';
export * from './instant';
export * from './time-travel';
export * from './rebuild-check';
export type { ProjectionFailure } from './projection-failure';
