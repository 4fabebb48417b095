/** The system use cases' port (SystemUseCases of @samsyn/application), bound by systems.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const SYSTEM_USE_CASES = Symbol('SystemUseCases');
