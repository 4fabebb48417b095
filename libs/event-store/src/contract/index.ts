// A separate entry ('@samsyn/event-store/contract'): it calls jest, production code must not load it.
export * from './event-store.contract';
export * from './checkpoint-store.contract';
