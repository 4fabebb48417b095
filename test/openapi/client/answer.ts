/**
 * What the examples and the spec share, kept apart from api-examples.ts: that file imports the
 * types the spec generates first, so the spec (and `npm run typecheck` on a fresh clone, before any
 * generation) must not import it statically.
 */
export type Who = 'ada' | 'aud' | 'anna' | 'uno' | 'rita' | 'ulf' | 'tina' | 'olle' | 'adam' | 'pia';

/** One answer as the server gave it, for the spec to check against the document. */
export interface Answer {
  method: string;
  /** The path template of the document (`/proposals/{id}`). */
  path: string;
  status: number;
  contentType: string | null;
  /** The headers the document must declare for this answer when they are sent (lower case). */
  headers: Record<string, string>;
  body: unknown;
}
