import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from '@samsyn/domain/webhook-subscription/private-addresses';

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivateAddresses: boolean;
  signal?: AbortSignal;
}

/** A 2xx is the only acknowledgement; anything else, or no answer in time, is a failure to retry. */
export type WebhookAnswer = { ok: true; status: number } | { ok: false; status: number | null; error: string };

const ANSWER_EXCERPT = 200;

class RefusedAddress extends Error {}

/**
 * Resolves like the system does, then refuses the connection when an address is private (unless
 * allowed). Checked where the socket connects, so a name that resolved to a public address when
 * the subscription was registered and to 10.0.0.5 now (DNS rebinding) is still refused.
 */
const guardedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate && list.some((a) => isPrivateAddress(a.address))) {
        return callback(new RefusedAddress(`${hostname} resolves to a loopback, private or reserved address`), '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);

/** One POST, bounded by `timeoutMs` from the start to the answer's status; redirects are not followed. */
export const postWebhook = (p: WebhookPost): Promise<WebhookAnswer> =>
  new Promise((resolve) => {
    const url = new URL(p.url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!p.allowPrivateAddresses && isIP(host) !== 0 && isPrivateAddress(host)) {
      return resolve({ ok: false, status: null, error: `${host} is a loopback, private or reserved address` });
    }
    let settled = false;
    const finish = (answer: WebhookAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
      req.destroy();
    };
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'POST',
      headers: { ...p.headers, 'Content-Length': Buffer.byteLength(p.body).toString() },
      lookup: guardedLookup(p.allowPrivateAddresses),
      agent: false,
      signal: p.signal,
    });
    const timer = setTimeout(() => finish({ ok: false, status: null, error: `no answer within ${p.timeoutMs} ms` }), p.timeoutMs);
    req.on('error', (error) => finish({ ok: false, status: null, error: describe(error) }));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) return finish({ ok: true, status });
      // A few characters of the answer say why; the rest is not read.
      let excerpt = '';
      res.setEncoding('utf8');
      const done = () => {
        const why = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
        finish({ ok: false, status, error: `HTTP ${status}${why}${excerpt.trim() ? `: ${excerpt.trim().slice(0, ANSWER_EXCERPT)}` : ''}` });
      };
      res.on('data', (chunk: string) => {
        excerpt += chunk;
        if (excerpt.length >= ANSWER_EXCERPT) done();
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.end(p.body);
  });
