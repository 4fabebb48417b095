export * from './tree-head.events';
export * from './tree-head.stream';
export * from './tree-head-publication.decider';
