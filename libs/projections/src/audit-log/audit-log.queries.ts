import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { readAuditLog } from './audit-log';

/** The audit log has no projection: it is the store, read by position; as of a moment it ends there. */
export const auditLogQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'auditEvents'> => ({
  async auditEvents(filter, asOf) {
    const upTo = asOf === undefined ? undefined : 'position' in asOf ? { position: asOf.position } : { instantMs: Date.parse(asOf.instant) };
    return readAuditLog(read.store, filter, upTo);
  },
});
