export * from './principal';
export * from './domain-error';
export * from './decider';
export * from './dict';
export * from './input';
