export * from './handover-register';
export * from './handovers.queries';
