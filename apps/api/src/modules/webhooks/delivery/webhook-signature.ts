import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes: a secret no person chose, so no guess finds it (docs/webhooks.md, "The secret"). */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** What is signed: the delivery id, the attempt's timestamp and the exact body, joined by dots. */
const signedContent = (deliveryId: string, timestamp: string, body: string): string => `${deliveryId}.${timestamp}.${body}`;

/** `Samsyn-Signature`: `sha256=` and the hex HMAC-SHA256 of the signed content, keyed by the secret's UTF-8 bytes. */
export const signWebhook = (secret: string, deliveryId: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(signedContent(deliveryId, timestamp, body)).digest('hex')}`;

/** What a receiver does (the snippet in docs/webhooks.md is this function): constant-time compare, bounded clock skew. */
export const verifyWebhookSignature = (
  secret: string,
  headers: { deliveryId: string; timestamp: string; signature: string },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean => {
  const t = Number(headers.timestamp);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, headers.deliveryId, headers.timestamp, body));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** Stable per subscription and event, the same on every retry and after a restart: a receiver drops a repeat by it. */
export const deliveryIdOf = (subscriptionId: string, eventId: string): string => {
  const h = createHash('sha256').update(`${subscriptionId}\n${eventId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
