/** The recipient use cases' port (RecipientUseCases of @samsyn/application), bound by me.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const RECIPIENT_USE_CASES = Symbol('RecipientUseCases');
