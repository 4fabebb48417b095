/** DI tokens of the webhooks module's own parts (webhooks.module.ts binds them). */
export const WEBHOOK_EXECUTOR = Symbol('WebhookCommandExecutor');
export const WEBHOOK_SETTINGS = Symbol('WebhookSettings');
/** webhooks.sqlite (storage/webhook-storage.ts): the secrets and the delivery log, opened on first use. */
export const WEBHOOK_STORAGE = Symbol('WebhookStorage');
