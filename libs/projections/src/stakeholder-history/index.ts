export * from './stakeholder-history.projection';
export * from './stakeholder-history-entry';
export * from './history-entry-cache';
export * from './stakeholder-history.queries';
export * from './stakeholder-history.rows';
