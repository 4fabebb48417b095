export * from './projection-queries';
export * from './audit-log';
export * from './reports';
export * from './views';
export * from './stakeholder-history-entry';
export * from './stats';
