import type { DomainCommand } from '../shared';
import type { WebhookFailure, WebhookFilter } from './webhook-subscription.events';

/** Whether loopback and private addresses may receive webhooks: the server's setting, passed in. */
interface AddressPolicy {
  allowPrivateAddresses: boolean;
}

export type RegisterWebhookSubscription = DomainCommand<
  'RegisterWebhookSubscription',
  { id: string; url: string; filter: Partial<WebhookFilter>; description?: string | null; secretRef: string } & AddressPolicy
>;

/** Only what is given changes. */
export type UpdateWebhookSubscription = DomainCommand<
  'UpdateWebhookSubscription',
  { id: string; url?: string; filter?: Partial<WebhookFilter>; description?: string | null } & AddressPolicy
>;

export type RotateWebhookSecret = DomainCommand<'RotateWebhookSecret', { id: string; secretRef: string }>;

/** `admin`: an admin's choice, with an optional note. `failing`: the dispatcher, as the system, with the failure. */
export type PauseWebhookSubscription = DomainCommand<
  'PauseWebhookSubscription',
  { id: string; reason: 'admin'; note?: string | null } | { id: string; reason: 'failing'; failure: WebhookFailure }
>;

export type ResumeWebhookSubscription = DomainCommand<'ResumeWebhookSubscription', { id: string }>;
export type RemoveWebhookSubscription = DomainCommand<'RemoveWebhookSubscription', { id: string }>;

export type WebhookSubscriptionCommand =
  | RegisterWebhookSubscription
  | UpdateWebhookSubscription
  | RotateWebhookSecret
  | PauseWebhookSubscription
  | ResumeWebhookSubscription
  | RemoveWebhookSubscription;
