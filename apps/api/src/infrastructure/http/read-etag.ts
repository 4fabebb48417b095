import { createHash } from 'node:crypto';

/**
 * A read's ETag: `"<stream revision>-<digest of the body>"`. The revision alone is not enough: a
 * catalogue entry shows open proposals from other streams, a BPMN export the stakeholders' names,
 * and a read model may lag the store it takes the revision from — so the body can change while
 * the revision does not, and If-None-Match would answer a stale 304. The digest changes whenever
 * the body does; the revision part stays what If-Match reads (parseIfMatch).
 */
export const readEtag = (revision: bigint, body: unknown): string => {
  const text = typeof body === 'string' ? body : JSON.stringify(body) ?? '';
  const digest = createHash('sha256').update(text).digest('base64url').slice(0, 16);
  return `"${revision.toString()}-${digest}"`;
};
