import type { IncomingMessage, ServerResponse } from 'node:http';

/** The slice of Express's request/response this app uses (@types/express is not installed). */
export interface HttpRequest extends IncomingMessage {
  method: string;
  path: string;
  originalUrl: string;
  query: Record<string, unknown>;
  ip?: string;
  route?: { path: string };
  body?: unknown;
  header(name: string): string | undefined;
  res?: HttpResponse;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  json(body: unknown): this;
  send(body?: unknown): this;
}

export type NextFunction = (err?: unknown) => void;
