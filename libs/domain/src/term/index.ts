export * from './term.events';
export * from './term.commands';
export * from './term.state';
export * from './term.decider';
export * from './term.stream';
