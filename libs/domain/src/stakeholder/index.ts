export * from './stakeholder.events';
export * from './stakeholder.commands';
export * from './stakeholder.state';
export * from './stakeholder.decider';
export * from './stakeholder.stream';
