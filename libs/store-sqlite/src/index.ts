export * from './sqlite-event-store';
export * from './sqlite-checkpoint-store';
export * from './sqlite-errors';
export * from './sqlite-schema';
export * from './sqlite-tamper';
export * from './data-dir-layout';
export * from './merkle/rewrite-history';
