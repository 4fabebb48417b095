export * from './management.view';
export * from './management.projection';
export * from './management.queries';
