import { normalizeIp } from '@nestjs/throttler';
import type { HttpRequest } from '../http/express-types';

/** Worked out once per request: the auth guard and both write limits ask (Express's `req.ip`
 * walks the forwarding chain each time; docs/performance.md, "Writes over HTTP"). */
const known = new WeakMap<object, string>();

/**
 * The client's address as limits count it: Express's `req.ip`, which is the socket's peer unless
 * SAMSYN_TRUST_PROXY names the proxies allowed to report it in X-Forwarded-For; an IPv4-mapped
 * IPv6 address as IPv4, and any other IPv6 address as its /64, since one host usually holds a
 * whole /64 and could otherwise rotate addresses to escape the limit.
 */
export const clientAddress = (req: HttpRequest): string => {
  let address = known.get(req);
  if (address === undefined) {
    address = normalizeIp(req.ip ?? req.socket?.remoteAddress ?? 'unknown') ?? 'unknown';
    known.set(req, address);
  }
  return address;
};
