import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

type Row = Record<string, any>;
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as Row[]) : []);

/** Long format, one (instant, scope, id) per row, so a pivot table or a BI tool draws the lines. */
export const HARMONIZATION_SERIES_TABLES: CsvTables<Row> = {
  points: (r) => ({
    columns: ['at', 'scope', 'id', 'index', 'drift'],
    rows: list(r.points).flatMap((p) => [
      { at: p.at, scope: 'overall', id: '', index: p.overall?.index, drift: p.overall?.drift },
      ...list(p.processes).map((x) => ({ at: p.at, scope: 'process', id: x.processId, index: x.index, drift: x.drift })),
      ...list(p.stakeholders).map((x) => ({ at: p.at, scope: 'stakeholder', id: x.stakeholder, index: x.index, drift: x.drift })),
    ]),
  }),
  'adoption-lag': (r) => ({ columns: ['processId', 'revision', 'adoptions', 'medianDays', 'p90Days'], rows: list(r.adoptionLag) }),
};
