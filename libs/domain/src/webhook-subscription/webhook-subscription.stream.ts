import { WEBHOOK_STREAM_PREFIX } from './webhook-filter';

/** One stream per subscription. Ids are plain (the HTTP layer's resource-id pattern). */
export const webhookSubscriptionStream = (id: string): string => `${WEBHOOK_STREAM_PREFIX}${id}`;
