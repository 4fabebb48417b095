export * from './projection-queries';
export * from './read-model-reader';
export * from './positions';
