import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

type Row = Record<string, any>;
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as Row[]) : []);
const ids = (v: unknown): string[] => list(v).map((x) => String(x.id));

/** One (process, organisation) deviation per row. */
export const VARIANT_TABLES: CsvTables<Row> = {
  variants: (r) => ({
    columns: ['processId', 'name', 'headRevision', 'stakeholder', 'status', 'proposalId', 'since', 'approvedAtRevision', 'revisionsBehind', 'steps', 'handovers', 'needsReapprovalSince'],
    rows: list(r.processes).flatMap((p) =>
      list(p.variants).map((v) => ({
        processId: p.processId,
        name: p.name,
        headRevision: p.headRevision,
        stakeholder: v.stakeholder,
        status: v.status,
        proposalId: v.proposalId,
        since: v.since,
        approvedAtRevision: v.approvedAtRevision,
        revisionsBehind: v.revisionsBehind,
        steps: ids(v.steps),
        handovers: ids(v.handovers),
        needsReapprovalSince: v.needsReapproval?.since ?? null,
      })),
    ),
  }),
  overall: (r) => ({ columns: ['processes', 'processesWithVariants', 'variants', 'needsReapproval'], rows: [r.overall ?? {}] }),
};
