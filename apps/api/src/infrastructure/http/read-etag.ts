import { createHash } from 'node:crypto';

/**
 * A read's ETag (docs/read-etags.md): 16 characters of the SHA-256 of the bytes it sends, led by
 * the stream revision where the read is one stream's resource — `"<revision>-<digest>"`, whose
 * revision part is what If-Match reads (parseIfMatch) — and the digest alone elsewhere
 * (`"<digest>"`: a list, the catalogue, a history, a report, JSON or CSV). Only a digest of the
 * body covers everything the body shows: other streams (a catalogue entry's open proposals), the
 * principal's roles, Accept and Accept-Language, and a read model that lags the store.
 */
export const readEtag = (revision: bigint | null, body: Buffer | string): string => {
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  return revision === null ? `"${digest}"` : `"${revision.toString()}-${digest}"`;
};

/** The stream revision a handler's versioned answer leads its ETag with, until the body is serialised. */
const revisions = new WeakMap<object, bigint>();

export const setEtagRevision = (res: object, revision: bigint): void => {
  revisions.set(res, revision);
};

export const etagRevisionOf = (res: object): bigint | null => revisions.get(res) ?? null;
