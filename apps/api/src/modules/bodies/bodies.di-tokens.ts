/** The body use cases' port (BodyUseCases of @samsyn/application), bound by bodies.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const BODY_USE_CASES = Symbol('BodyUseCases');
