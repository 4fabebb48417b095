export * from './postgres-event-store';
export * from './postgres-checkpoint-store';
export * from './postgres-projection-state-store';
export { migrate, MIGRATIONS, type Migration } from './migrations';
