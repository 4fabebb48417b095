export * from './projection-runner';
export * from './time-travel';
