/** DI tokens of the webhooks module's own parts (webhooks.module.ts binds them). */
export const WEBHOOK_EXECUTOR = Symbol('WebhookCommandExecutor');
export const WEBHOOK_SETTINGS = Symbol('WebhookSettings');
export const WEBHOOK_DATABASE = Symbol('WebhookDatabase');
export const WEBHOOK_SECRETS = Symbol('WebhookSecretStore');
export const DELIVERY_LOG = Symbol('DeliveryLog');
