/** The term use cases' port (TermUseCases of @samsyn/application), bound by terms.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const TERM_USE_CASES = Symbol('TermUseCases');
