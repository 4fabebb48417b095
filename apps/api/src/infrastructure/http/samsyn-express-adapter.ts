import { ExpressAdapter } from '@nestjs/platform-express';
import type { HttpResponse as Response } from './express-types';

/**
 * Express as Nest sets it up, except that a Buffer a handler chain returns is sent as it is
 * (res.send) instead of as JSON: the read cache keeps bodies already encoded, so a hit costs
 * neither JSON.stringify nor a UTF-8 encoding. Express's own send still answers conditional GETs.
 */
export class SamsynExpressAdapter extends ExpressAdapter {
  override reply(response: unknown, body: unknown, statusCode?: number): unknown {
    if (!Buffer.isBuffer(body)) return super.reply(response, body, statusCode);
    const res = response as Response;
    if (statusCode) res.status(statusCode);
    return res.send(body);
  }
}
