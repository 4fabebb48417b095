export * from './principals.projection';
export * from './principals.queries';
