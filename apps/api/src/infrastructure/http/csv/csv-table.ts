import { stringify } from 'csv-stringify/sync';
import type { CsvDialect } from './csv-dialect';

/** One table of one file: the columns in order and the rows as flat records. */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
}

/** Cells of a multi-valued field: never joined with either form's separator. */
const LIST_SEPARATOR = ' | ';

/** A leading = + - @ tab or CR makes spreadsheet tools read text as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? JSON.stringify(x) : String(x))).join(LIST_SEPARATOR);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/**
 * The table as CSV in the given form, written by csv-stringify. Numbers stay numbers (a negative
 * number is not a formula); the Swedish form writes their decimal comma. Text that looks like a
 * formula is prefixed with an apostrophe, which Excel shows as text.
 */
export const toCsv = (table: CsvTable, dialect: CsvDialect): string => {
  const sv = dialect === 'sv';
  const records = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = row[c];
      return typeof v === 'number' || typeof v === 'bigint' ? v : text(v);
    }),
  );
  return stringify([[...table.columns], ...records], {
    bom: sv,
    delimiter: sv ? ';' : ',',
    record_delimiter: 'windows',
    cast: {
      number: (n) => (sv ? String(n).replace('.', ',') : String(n)),
      bigint: (n) => String(n),
      string: (s) => (FORMULA_START.test(s) ? `'${s}` : s),
    },
  });
};
