import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { decimal, nullableInt, nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: webhook subscriptions (docs/webhooks.md): the reads' view, the writes' resource, the delivery log. */
const STATUSES = ['active', 'paused', 'removed'];

export class WebhookFilterSchema {
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiProperty({ type: [String] }) streamPrefixes: string[];
}

export class WebhookFailureSchema {
  @ApiProperty(decimal) position: string;
  @ApiProperty() eventType: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty() lastError: string;
}

export class WebhookPauseSchema {
  @ApiProperty({ enum: ['admin', 'failing'] }) reason: string;
  @ApiProperty(nullableString) note: string | null;
  @ApiProperty({ type: WebhookFailureSchema, nullable: true }) failure: WebhookFailureSchema | null;
  @ApiProperty() pausedBy: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'in the reads' }) pausedAt?: string;
}

export class WebhookDeliverySchema {
  @ApiProperty() deliveryId: string;
  @ApiProperty(decimal) position: string;
  @ApiProperty() eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty() streamId: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'skipped'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ format: 'date-time' }) firstAttemptAt: string;
  @ApiProperty({ format: 'date-time' }) lastAttemptAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiProperty(nullableInt) lastStatus: number | null;
  @ApiProperty(nullableString) lastError: string | null;
  @ApiProperty(nullableInt) lastDurationMs: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
}

export class WebhookDeliveryStandSchema {
  @ApiProperty({ ...decimal, nullable: true }) checkpoint: string | null;
  @ApiProperty() failures: number;
  @ApiProperty(nullableString) failingSince: string | null;
  @ApiProperty(nullableString) lastDeliveredAt: string | null;
  @ApiProperty({ type: WebhookDeliverySchema, nullable: true }) pending: WebhookDeliverySchema | null;
}

/** GET /webhooks, GET /webhooks/:id. */
export class WebhookSubscriptionResponse {
  @ApiProperty() id: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: WebhookFilterSchema }) filter: WebhookFilterSchema;
  @ApiProperty(nullableString) description: string | null;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty() registeredBy: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) secretRotatedAt: string | null;
  @ApiProperty({ type: WebhookPauseSchema, nullable: true }) paused: WebhookPauseSchema | null;
  @ApiProperty({ type: WebhookDeliveryStandSchema, nullable: true, description: 'now only; null for asOf reads' }) delivery: WebhookDeliveryStandSchema | null;
  @ApiProperty({ ...decimal, description: 'the subscription stream\'s revision' }) revision: string;
}

/** POST /webhooks, POST /webhooks/:id/rotate-secret: the subscription as its GET shows it, with the secret this once. */
export class WebhookSubscriptionWithSecretResponse extends WebhookSubscriptionResponse {
  @ApiProperty({ description: 'the HMAC secret, shown this once' }) secret: string;
}

/** DELETE /webhooks/:id: the subscription stream's state after it (status "removed"). */
export class WebhookSubscriptionWriteResponse extends PickType(WebhookSubscriptionResponse, ['id', 'url', 'filter', 'description', 'status', 'registeredBy', 'paused'] as const) {}

/** GET /webhooks/:id/deliveries. */
export class WebhookDeliveriesResponse {
  @ApiProperty() subscriptionId: string;
  @ApiProperty({ type: [WebhookDeliverySchema] }) deliveries: WebhookDeliverySchema[];
  @ApiProperty({ ...nullableString, description: 'pass as ?before= for older ones' }) nextBefore: string | null;
}
