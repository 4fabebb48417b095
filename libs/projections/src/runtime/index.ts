export * from './projection-runner';
export * from './time-travel';
export * from './rebuild-check';
export type { ProjectionFailure } from './projection-failure';
