import compression from 'compression';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { HttpRequest, HttpResponse } from '../express-types';
import { COMPRESSION_THRESHOLD_BYTES } from '../compression.middleware';
import type { CachedResponse } from './read-cache';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
// The compression middleware's own settings (docs/http-edge.md, "Compression"): the same bytes on the wire.
const encode = (body: Buffer, encoding: Encoding): Promise<Buffer> =>
  encoding === 'br' ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : gzipped(body);

/**
 * The encoding a cached answer is sent in: br, else gzip, as Accept-Encoding allows; null for
 * identity, HEAD, small answers and types that do not compress (the middleware's own rules).
 */
export const encodingFor = (req: HttpRequest, res: HttpResponse, response: CachedResponse): Encoding | null => {
  if (req.method === 'HEAD' || response.body.length < COMPRESSION_THRESHOLD_BYTES || !req.headers['accept-encoding']) return null;
  if (!compression.filter(req, res)) return null;
  if (req.acceptsEncodings('br') === 'br') return 'br';
  return req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
};

/**
 * A cached answer's bytes in an encoding, compressed once per cache entry and kept beside it (off
 * the event loop, in zlib's threads): a hit then costs no compression, where the middleware would
 * compress the whole body again on every request (docs/performance.md, "HTTP reads").
 */
export const encodedBody = (response: CachedResponse, encoding: Encoding): Promise<Buffer> => {
  const encoded = (response.encoded ??= new Map());
  let body = encoded.get(encoding);
  if (!body) {
    body = encode(response.body, encoding);
    encoded.set(encoding, body);
    body.catch(() => encoded.delete(encoding));
  }
  return body;
};
