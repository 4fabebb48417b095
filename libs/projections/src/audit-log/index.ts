export * from './audit-log';
export * from './audit-log.queries';
