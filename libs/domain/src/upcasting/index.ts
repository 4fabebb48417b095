export * from './samsyn-event';
export * from './schema-versions';
export * from './upcasters';
export * from './upcast';
export * from './review-submitted.v1';
