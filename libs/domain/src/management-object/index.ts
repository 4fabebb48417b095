export * from './management-object.events';
export * from './management-object.commands';
export * from './management-object.state';
export * from './management-object.decider';
export * from './management-object.stream';
