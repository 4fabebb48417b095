export * from './proposals.projection';
export * from './proposal.view';
export * from './proposals.as-of';
export * from './proposals.queries';
export * from './proposals.rows';
