import * as http from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import { DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts } from '../config/http-settings';
import type { HttpResponse as Response } from './express-types';

/**
 * How often Node looks for requests past their head or whole-request timeout. Node's default
 * (30 s) would let a 10 s head timeout run to 40 s; a tenth of the shorter timeout keeps the
 * overrun small without waking often.
 */
export const connectionsCheckingIntervalFor = (t: HttpTimeouts): number => Math.max(10, Math.min(1000, Math.floor(Math.min(t.headersMs, t.requestMs) / 10)));

/**
 * Express as Nest sets it up, except:
 * - a Buffer a handler chain returns is sent as it is (res.send) instead of as JSON: the read
 *   cache keeps bodies already encoded, so a hit costs neither JSON.stringify nor a UTF-8
 *   encoding. Express's own send still answers conditional GETs.
 * - the HTTP server gets the configured timeouts (docs/http-edge.md): a client that sends its
 *   head or body byte by byte is answered 408 by Node and disconnected, instead of holding a
 *   connection for minutes. Answers may take as long as they need (live streams): these bound
 *   only receiving the request.
 */
export class SamsynExpressAdapter extends ExpressAdapter {
  constructor(private readonly timeouts: HttpTimeouts = DEFAULT_HTTP_TIMEOUTS) {
    super();
  }

  override initHttpServer(options: NestApplicationOptions): void {
    // Options we do not use keep Nest's own server set-up.
    if (options?.httpsOptions || options?.forceCloseConnections || options?.return503OnClosing) return super.initHttpServer(options);
    const t = this.timeouts;
    const server = http.createServer(
      { headersTimeout: t.headersMs, requestTimeout: t.requestMs, keepAliveTimeout: t.keepAliveMs, connectionsCheckingInterval: connectionsCheckingIntervalFor(t) },
      this.getInstance(),
    );
    server.keepAliveTimeout = t.keepAliveMs; // the option is recent; the property is what every Node 20 reads
    this.httpServer = server;
  }

  override reply(response: unknown, body: unknown, statusCode?: number): unknown {
    if (!Buffer.isBuffer(body)) return super.reply(response, body, statusCode);
    const res = response as Response;
    if (statusCode) res.status(statusCode);
    return res.send(body);
  }
}
