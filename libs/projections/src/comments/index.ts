export * from './comment-thread.view';
export * from './comments.projection';
export * from './comments.queries';
