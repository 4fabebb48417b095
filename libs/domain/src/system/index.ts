export * from './system.events';
export * from './system.commands';
export * from './system.state';
export * from './system.decider';
export * from './system.stream';
