export * from './proposal.events';
export * from './proposal.commands';
export * from './proposal.state';
export * from './proposal.stream';
export * from './proposal.decider';
