export * from './process-review.events';
export * from './process-review.commands';
export * from './process-review.state';
export * from './process-review.decider';
export * from './process-review.stream';
export * from './review-due';
