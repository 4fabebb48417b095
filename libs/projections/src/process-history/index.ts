export * from './process-history.projection';
export * from './process-history.view';
export * from './process-history.as-of';
export * from './process-history.queries';
export * from './process-history.rows';
