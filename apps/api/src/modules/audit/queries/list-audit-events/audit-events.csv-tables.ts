import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

type Page = { events?: Record<string, any>[] };

/** A page of the audit log as CSV: one event per row, its metadata in columns, its data as JSON. */
export const AUDIT_EVENT_TABLES: CsvTables<Page> = {
  events: (page) => ({
    columns: ['position', 'streamId', 'revision', 'id', 'type', 'schemaVersion', 'occurredAt', 'actor', 'correlationId', 'causationId', 'idempotencyKey', 'data', 'hash', 'previousHash'],
    rows: (page.events ?? []).map((e) => ({ ...e, ...(e.metadata ?? {}), data: JSON.stringify(e.data) })),
  }),
};
