import { SetMetadata } from '@nestjs/common';
import type { IQuery } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { SamsynRequest } from './samsyn-request';

/**
 * How a write answers (docs/api.md "Writes"): with the resource as its GET shows it, read through
 * the query that GET uses once the read models have caught up with the write, and, for a write
 * that creates the resource, `Location` of that GET. WriteResultInterceptor applies it.
 */
export interface Representation {
  read?: (result: ExecutionResult, req: SamsynRequest) => IQuery;
  location?: (result: ExecutionResult, req: SamsynRequest) => string;
  /** The resource within the query's answer, where the answer holds more. */
  view?: (answer: any) => unknown;
  /** Fields only the write answers (a webhook's secret, once), kept from its own answer. */
  keep?: readonly string[];
}

export const REPRESENTATION = Symbol('Representation');

export const Represented = (representation: Representation): MethodDecorator => SetMetadata(REPRESENTATION, representation);

/** A path segment of a Location, as the client's own id was (percent-encoded). */
export const segment = (id: unknown): string => encodeURIComponent(String(id));

/** A route parameter of the request (`:thread`, `:id`). */
export const routeParam = (req: SamsynRequest, name: string): string | undefined => (req as { params?: Record<string, string> }).params?.[name];

/** The id the request names: the route's `:id`, else the body's `id`. */
export const requestId = (req: SamsynRequest): string => routeParam(req, 'id') ?? String((req.body as { id?: unknown } | undefined)?.id);
