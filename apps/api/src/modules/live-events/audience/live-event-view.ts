import type { Principal } from '@samsyn/domain/shared';
import type { StoredEvent } from '@samsyn/event-store';
import { auditEvent, type AuditEvent } from '@samsyn/projections/audit-log/audit-log';

/**
 * Who sees what on GET /events/live (docs/live-events.md). The stream gives a principal exactly
 * what the read routes give it:
 * - `audit`: the roles GET /audit/events admits (auditor, admin) get every event as the audit log
 *   shows it, with data, metadata and hash links;
 * - `resources`: everyone else (also `roles: []`, who may read the catalogue) gets, for each event
 *   of a resource the read routes show, a notice of what changed — never the event's data nor its
 *   audit metadata (actor, correlation, causation, idempotency key), which only the audit log shows.
 */
export type LiveAudience = 'audit' | 'resources';

/** The roles of GET /audit/events (its controller's RequireAnyRole). */
export const AUDIT_LOG_ROLES: readonly string[] = ['auditor', 'admin'];

export const audienceOf = (principal: Principal): LiveAudience =>
  principal.roles.some((r) => AUDIT_LOG_ROLES.includes(r.role)) ? 'audit' : 'resources';

export type ResourceKind = 'stakeholder' | 'body' | 'process' | 'proposal' | 'term' | 'system';

/** The stream prefixes of the resources every signed-in principal may read (docs/product.md "Events"). */
const RESOURCE_PREFIXES: readonly [prefix: string, kind: ResourceKind][] = [
  ['stakeholder-', 'stakeholder'],
  ['body-', 'body'],
  ['process-', 'process'],
  ['proposal-', 'proposal'],
  ['term-', 'term'],
  ['system-', 'system'],
];

/** The readable resource a stream holds, or null for a stream no read route shows. */
export const resourceOf = (streamId: string): { kind: ResourceKind; id: string } | null => {
  for (const [prefix, kind] of RESOURCE_PREFIXES) {
    if (streamId.startsWith(prefix) && streamId.length > prefix.length) return { kind, id: streamId.slice(prefix.length) };
  }
  return null;
};

/** What a page needs to know that a resource changed, and what to refetch. */
export interface ResourceNotice {
  position: string;
  type: string;
  streamId: string;
  /** The stream's revision after this event (a process's or stakeholder's ETag). */
  revision: string;
  occurredAt: string;
  resource: { kind: ResourceKind; id: string };
}

export const resourceNotice = (e: StoredEvent): ResourceNotice | null => {
  const resource = resourceOf(e.streamId);
  if (resource === null) return null;
  return {
    position: e.position.toString(),
    type: e.type,
    streamId: e.streamId,
    revision: e.revision.toString(),
    occurredAt: e.metadata.occurredAt,
    resource,
  };
};

/** The payload of one event for an audience, or null when that audience may not see it. */
export const liveEventPayload = (e: StoredEvent, audience: LiveAudience): AuditEvent | ResourceNotice | null =>
  audience === 'audit' ? auditEvent(e) : resourceNotice(e);
