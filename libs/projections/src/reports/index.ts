export * from './stats';
export * from './harmonization-report';
export * from './adoption-lag-report';
export * from './nomenclature-report';
export * from './governance-report';
export * from './harmonization-series';
export * from './reports.queries';
export * from './variant-report';
