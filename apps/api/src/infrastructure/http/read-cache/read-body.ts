import type { HttpResponse as Response } from '../express-types';
import { etagRevisionOf, readEtag } from '../read-etag';
import type { CachedResponse } from './read-cache';

/** The headers a read handler sets on its answer; the rest (correlation id, helmet) are per request. */
const CAPTURED = ['Content-Type', 'Content-Disposition', 'ETag', 'Vary', 'Link'] as const;
const JSON_TYPE = 'application/json; charset=utf-8';

export interface ReadBody {
  /** What the handler chain answers instead of its value: the serialised bytes, or the value as it was. */
  send: unknown;
  /** The answer as the read cache keeps it; null where it is not a body that can be sent again as is. */
  response: CachedResponse | null;
}

/**
 * A GET's answer serialised once, as Express's res.json / res.send would (same bytes, same
 * Content-Type), with its ETag from those bytes (read-etag.ts) unless the handler set one.
 * Express's send then answers If-None-Match with 304 (req.fresh) — for every read, JSON or text.
 */
export const readBody = (value: unknown, res: Response): ReadBody => {
  if (res.statusCode !== 200) return { send: value, response: null };
  let body: Buffer;
  if (typeof value === 'string') {
    const type = res.getHeader('Content-Type');
    // res.send(string) adds the charset (or text/html); then the string goes on as it is.
    if (typeof type !== 'string' || !/;\s*charset=utf-8$/i.test(type)) {
      if (res.getHeader('ETag') === undefined) res.setHeader('ETag', readEtag(etagRevisionOf(res), value));
      return { send: value, response: null };
    }
    body = Buffer.from(value, 'utf8');
  } else if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    const json = JSON.stringify(value);
    if (json === undefined) return { send: value, response: null };
    body = Buffer.from(json, 'utf8');
    if (res.getHeader('Content-Type') === undefined) res.setHeader('Content-Type', JSON_TYPE);
  } else return { send: value, response: null };
  if (res.getHeader('ETag') === undefined) res.setHeader('ETag', readEtag(etagRevisionOf(res), body));
  const headers: Record<string, string> = {};
  for (const name of CAPTURED) {
    const v = res.getHeader(name);
    if (typeof v === 'string') headers[name] = v;
  }
  return { send: body, response: { body, headers } };
};
