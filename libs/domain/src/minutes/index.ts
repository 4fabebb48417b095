export * from './minutes.events';
export * from './minutes.commands';
export * from './minutes.state';
export * from './minutes.decider';
export * from './minutes.stream';
