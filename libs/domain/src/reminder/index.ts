export * from './reminder.events';
export * from './reminder.commands';
export * from './reminder.state';
export * from './reminder.decider';
export * from './reminder.stream';
