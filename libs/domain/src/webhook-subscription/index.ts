export * from './webhook-subscription.events';
export * from './webhook-subscription.commands';
export * from './webhook-subscription.state';
export * from './webhook-subscription.decider';
export * from './webhook-subscription.stream';
export * from './webhook-filter';
export * from './webhook-url';
export * from './private-addresses';
