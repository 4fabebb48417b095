export * from './comment-thread.events';
export * from './comment-thread.commands';
export * from './comment-thread.state';
export * from './comment-thread.decider';
export * from './comment-thread.stream';
export * from './mentions';
