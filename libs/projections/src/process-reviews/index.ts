export * from './process-reviews.projection';
export * from './process-reviews.report';
export * from './process-reviews.queries';
