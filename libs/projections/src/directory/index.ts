export * from './directory.projection';
export * from './system-register.view';
export * from './directory.queries';
