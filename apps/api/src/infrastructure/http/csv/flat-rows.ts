import type { CsvTable } from './csv-table';

const scalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * A table as flat JSON records for BI tools (`?table=` without CSV, docs/reports.md): exactly the
 * table's columns, numbers and booleans typed, a list of plain values kept as a list, anything
 * nested as its JSON text, a missing cell null, so that Power BI's "To table" needs no expansion.
 */
export const toFlatRows = (table: CsvTable): Record<string, unknown>[] =>
  table.rows.map((row) =>
    Object.fromEntries(
      table.columns.map((c) => {
        const v = row[c];
        if (v === undefined) return [c, null];
        if (typeof v === 'bigint') return [c, v.toString()];
        if (scalar(v) || (Array.isArray(v) && v.every(scalar))) return [c, v];
        return [c, JSON.stringify(v)];
      }),
    ),
  );
