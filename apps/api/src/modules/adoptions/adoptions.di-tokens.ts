/** The adoption use cases' port (AdoptionUseCases of @samsyn/application), bound by adoptions.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const ADOPTION_USE_CASES = Symbol('AdoptionUseCases');
