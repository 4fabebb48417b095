export * from './projection-state-store.port';
export * from './sqlite-projection-state-store';
