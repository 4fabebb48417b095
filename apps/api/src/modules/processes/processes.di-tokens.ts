/** The process use cases' port (ProcessUseCases of @samsyn/application), bound by processes.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const PROCESS_USE_CASES = Symbol('ProcessUseCases');
