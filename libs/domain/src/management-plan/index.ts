export * from './management-plan.events';
export * from './management-plan.commands';
export * from './management-plan.state';
export * from './management-plan.decider';
export * from './management-plan.stream';
