import { jsonSafe } from '../../infrastructure/http/json-safe';
import { mainTable, toCsv } from '../../infrastructure/http/csv';

export type ReportName = 'harmonization' | 'governance' | 'nomenclature';

type Row = Record<string, unknown>;
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as Row[]) : []);
const entries = (v: unknown): [string, unknown][] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : []);

/** Long format: one (process, stakeholder) pair per line, what a pivot table wants. */
const harmonization = (r: Row): string => {
  const lines = rows(r.processes).flatMap((p) =>
    entries(p.statuses).map(([stakeholder, status]) => ({ processId: p.processId, name: p.name, headRevision: p.headRevision, stakeholder, status, processIndex: p.index })),
  );
  return toCsv(lines, ['processId', 'name', 'headRevision', 'stakeholder', 'status', 'processIndex']);
};

/** Every figure as (metric, value): the report is a handful of numbers, not a table. */
const governance = (r: Row): string => {
  const lines: Row[] = [];
  const walk = (prefix: string, v: unknown): void => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else lines.push({ metric: prefix, value: v });
  };
  walk('', r);
  return toCsv(lines, ['metric', 'value']);
};

/** Coverage per process; unmapped local terms follow as rows of their own kind. */
const nomenclature = (r: Row): string => {
  const coverage = rows(r.processes).map((p) => ({ kind: 'coverage', processId: p.processId, name: p.name, steps: p.steps, stepsWithTerms: p.stepsWithTerms, coverage: p.coverage }));
  const unmapped = rows(r.unmappedLocalTerms).map((u) => ({ kind: 'unmapped-local-term', processId: u.processes, name: u.label, term: u.term, stakeholder: u.stakeholder }));
  return toCsv([...coverage, ...unmapped], ['kind', 'processId', 'name', 'steps', 'stepsWithTerms', 'coverage', 'term', 'stakeholder']);
};

const WRITERS: Record<ReportName, (r: Row) => string> = { harmonization, governance, nomenclature };

/** One table per report, the one a spreadsheet user wants; an unexpected shape still yields its first table. */
export const reportCsv = (name: ReportName, report: unknown): string => {
  const safe = jsonSafe(report);
  if (safe !== null && typeof safe === 'object' && !Array.isArray(safe)) return WRITERS[name](safe as Row);
  return toCsv(mainTable(safe));
};
