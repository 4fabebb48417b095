export * from './my-work.projection';
export * from './my-tasks';
