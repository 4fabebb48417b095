export * from './my-work.projection';
export * from './my-tasks';
export * from './my-work.queries';
export * from './mention-tasks';
export * from './due-reminders';
export * from './my-work.rows';
