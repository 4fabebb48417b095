import { ApiError } from '../../errors/api-error';
import type { HttpRequest, HttpResponse as Response } from '../express-types';
import { nextPageLink } from './next-page-link';
import type { PageQuery } from './page-query.dto';

export const INVALID_CURSOR = 'INVALID_CURSOR';

/** Where a page starts and how long it is; `limit: undefined` is the whole rest of the list. */
export interface PageRequest {
  readonly offset: number;
  readonly limit: number | undefined;
}

/**
 * The cursor is opaque to clients (docs/api.md "Paging"): today an offset into the list as the
 * read orders it, versioned so that it can become a key later without breaking a saved Link.
 */
const encodeCursor = (offset: number): string => Buffer.from(`o1:${offset}`, 'utf8').toString('base64url');

const decodeCursor = (after: string): number => {
  const m = /^o1:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m || encodeCursor(Number(m[1])) !== after) {
    throw new ApiError(400, INVALID_CURSOR, 'after is not a cursor this API handed out', [
      { field: 'after', errors: ['after must be a cursor from a Link: rel="next" header'] },
    ]);
  }
  return Number(m[1]);
};

export const pageRequest = (q: PageQuery): PageRequest => ({
  offset: q.after === undefined ? 0 : decodeCursor(q.after),
  limit: q.limit === undefined ? undefined : Number(q.limit),
});

export const isPaged = (q: PageQuery): boolean => q.limit !== undefined || q.after !== undefined;

/** The page of `items` and the cursor of the next one, null at the end. */
export const takePage = <T>(items: readonly T[], p: PageRequest): { items: T[]; next: string | null } => {
  const end = p.limit === undefined ? items.length : p.offset + p.limit;
  return { items: items.slice(p.offset, end), next: end < items.length ? encodeCursor(end) : null };
};

/** Sets `Link: <…>; rel="next"` on the answer while there is a next page. */
export const linkNext = (res: Response, next: string | null, param: 'after' | 'before' = 'after'): void => {
  if (next !== null) res.setHeader('Link', nextPageLink((res.req as HttpRequest).originalUrl ?? res.req.url ?? '/', next, param));
};

/**
 * A list read's page: the list itself (an array answer) or the named list of an envelope (its
 * counts and summaries stay those of the whole list), with the Link to the next page.
 */
export function answerPage<T>(res: Response, q: PageQuery, answer: T[]): T[];
export function answerPage<T extends object>(res: Response, q: PageQuery, answer: T, list: keyof T): T;
export function answerPage(res: Response, q: PageQuery, answer: unknown, list?: PropertyKey): unknown {
  const request = pageRequest(q);
  if (!isPaged(q) || answer === null || typeof answer !== 'object') return answer;
  const items: unknown = list === undefined ? answer : (answer as Record<PropertyKey, unknown>)[list];
  if (!Array.isArray(items)) return answer;
  const page = takePage(items, request);
  linkNext(res, page.next);
  return list === undefined ? page.items : { ...(answer as object), [list]: page.items };
}
