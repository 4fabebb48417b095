export * from './projection';
export * from './projections';
export * from './runtime';
export * from './state-store';
export * from './queries';
export * from './read-model-queries.port';
export * from './my-work';
