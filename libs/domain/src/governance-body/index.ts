export * from './governance-level';
export * from './governance-body.events';
export * from './governance-body.commands';
export * from './governance-body.state';
export * from './governance-body.decider';
export * from './governance-body.stream';
