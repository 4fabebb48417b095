/** DI tokens of the management module's own parts (management.module.ts binds them). */
export const MANAGEMENT_EXECUTOR = Symbol('ManagementCommandExecutor');
export const MANAGEMENT_STREAMS = Symbol('ManagementStreamStates');
