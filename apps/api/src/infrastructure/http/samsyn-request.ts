import type { Principal } from '@samsyn/domain/shared';
import type { HttpRequest } from './express-types';

/** What the edge attaches to a request before controllers see it. */
export interface SamsynRequest extends HttpRequest {
  correlationId: string;
  principal?: Principal;
  startedAt?: bigint;
}
