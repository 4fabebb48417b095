import type { CsvTables } from '../../infrastructure/http/csv/csv-response';

type Row = Record<string, any>;
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as Row[]) : []);
const pairs = (v: unknown): [string, unknown][] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : []);

/**
 * Each report's tables, one per CSV file (`?table=`; the first is the default). Long format where
 * a pivot table wants it: one (process, stakeholder) pair per row.
 */
export const HARMONIZATION_TABLES: CsvTables<Row> = {
  statuses: (r) => ({
    columns: ['processId', 'name', 'headRevision', 'stakeholder', 'status'],
    rows: list(r.processes).flatMap((p) => pairs(p.statuses).map(([stakeholder, status]) => ({ processId: p.processId, name: p.name, headRevision: p.headRevision, stakeholder, status }))),
  }),
  processes: (r) => ({ columns: ['processId', 'name', 'headRevision', 'index'], rows: list(r.processes) }),
  stakeholders: (r) => ({ columns: ['stakeholder', 'processes', 'harmonized', 'index'], rows: list(r.stakeholders) }),
  overall: (r) => ({ columns: ['pairs', 'harmonized', 'index'], rows: [r.overall ?? {}] }),
  'adoption-lag': (r) => ({ columns: ['stakeholder', 'adoptions', 'medianDays', 'p90Days'], rows: list(r.adoptionLag?.stakeholders) }),
  overdue: (r) => ({ columns: ['processId', 'revision', 'stakeholder', 'targetDate', 'daysOverdue'], rows: list(r.overdue) }),
};

/** Every figure as (metric, value): the report is a handful of numbers; decisions per level as a table of its own. */
export const GOVERNANCE_TABLES: CsvTables<Row> = {
  metrics: (r) => {
    const rows: Row[] = [];
    const walk = (prefix: string, v: unknown): void => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
      else rows.push({ metric: prefix, value: v });
    };
    walk('', r);
    return { columns: ['metric', 'value'], rows };
  },
  levels: (r) => ({
    columns: ['level', 'approve', 'reject', 'total'],
    rows: pairs(r.decisionsPerLevel).map(([level, d]) => ({ level, ...(d as Row) })),
  }),
};

export const NOMENCLATURE_TABLES: CsvTables<Row> = {
  coverage: (r) => ({ columns: ['processId', 'name', 'steps', 'stepsWithTerms', 'coverage'], rows: list(r.processes) }),
  unmapped: (r) => ({ columns: ['term', 'label', 'stakeholder', 'processes'], rows: list(r.unmappedLocalTerms) }),
  'unknown-terms': (r) => ({ columns: ['term'], rows: (Array.isArray(r.unknownTerms) ? r.unknownTerms : []).map((term: unknown) => ({ term })) }),
  overall: (r) => ({ columns: ['steps', 'stepsWithTerms', 'coverage'], rows: [r.overall ?? {}] }),
};

/** Review cycles: one process per row; the due list and the overdue report are the same columns. */
const reviewRows = (v: unknown) => list(v).map((p) => ({ ...p, lastReviewedAt: p.lastReview?.at, lastReviewKind: p.lastReview?.kind }));
const REVIEW_COLUMNS = ['processId', 'name', 'owner', 'intervalMonths', 'lastReviewedAt', 'lastReviewKind', 'nextDue', 'status', 'daysOverdue'];
export const REVIEWS_TABLES: CsvTables<Row> = {
  processes: (r) => ({ columns: REVIEW_COLUMNS, rows: reviewRows(r.processes) }),
  due: (r) => ({ columns: REVIEW_COLUMNS, rows: reviewRows(r.due) }),
  overdue: (r) => ({ columns: REVIEW_COLUMNS, rows: reviewRows(r.overdue) }),
};
