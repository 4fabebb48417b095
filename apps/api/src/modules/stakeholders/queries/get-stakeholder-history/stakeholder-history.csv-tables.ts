import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

/** A stakeholder's history as CSV: one change per row, oldest first, as the JSON. */
export const STAKEHOLDER_HISTORY_TABLES: CsvTables<unknown> = {
  history: (v) => ({ columns: ['position', 'at', 'actor', 'type', 'processId', 'proposalId', 'revision', 'what', 'why'], rows: Array.isArray(v) ? v : [] }),
};
