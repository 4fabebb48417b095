export * from './recipient.events';
export * from './recipient.commands';
export * from './recipient.state';
export * from './recipient.decider';
export * from './recipient.stream';
