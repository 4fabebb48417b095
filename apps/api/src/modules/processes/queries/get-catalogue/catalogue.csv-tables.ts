import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

type Entry = Record<string, any>;
const entries = (v: unknown): Entry[] => (Array.isArray(v) ? v : []);

/** The catalogue as CSV: one process per row, or (`?table=statuses`) one (process, participant) pair per row. */
export const CATALOGUE_TABLES: CsvTables<unknown> = {
  processes: (c) => ({
    columns: ['id', 'name', 'headRevision', 'ownerPrincipal', 'ownerStakeholder', 'governingBody', 'participants', 'openProposals'],
    rows: entries(c).map((e) => ({ ...e, ownerPrincipal: e.owner?.principal, ownerStakeholder: e.owner?.stakeholder })),
  }),
  statuses: (c) => ({
    columns: ['processId', 'name', 'headRevision', 'stakeholder', 'status', 'adoptedRevision', 'adoptedOn'],
    rows: entries(c).flatMap((e) =>
      (Array.isArray(e.participants) ? e.participants : []).map((s: string) => ({
        processId: e.id,
        name: e.name,
        headRevision: e.headRevision,
        stakeholder: s,
        status: e.status?.[s],
        adoptedRevision: e.adopted?.[s]?.revision,
        adoptedOn: e.adopted?.[s]?.adoptedOn,
      })),
    ),
  }),
};
