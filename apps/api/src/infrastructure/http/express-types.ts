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
  /** The first of these the request's Accept-Encoding allows (Express's req.acceptsEncodings), or false. */
  acceptsEncodings(...encodings: string[]): string | false;
  /** The request's validators match the response's ETag (Express: a 304 would answer it). */
  fresh: boolean;
  res?: HttpResponse;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  json(body: unknown): this;
  send(body?: unknown): this;
}

export type NextFunction = (err?: unknown) => void;
