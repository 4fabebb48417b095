/** RFC 4180 CSV for reports: Excel and Power BI read it as is. */
const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(';') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // A leading = + - @ would be read as a formula by spreadsheet tools.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const flatten = (row: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> => {
  if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
    for (const [k, v] of Object.entries(row)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix || 'value'] = row;
  return out;
};

export const toCsv = (rows: readonly unknown[], columns?: readonly string[]): string => {
  const flat = rows.map((r) => flatten(r));
  const cols = columns ?? [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const lines = [cols.map(cell).join(','), ...flat.map((r) => cols.map((c) => cell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
};

/** The report's main table: the report itself if it is a list, else its first list of records (depth first). */
export const mainTable = (report: unknown): unknown[] => {
  if (Array.isArray(report)) return report;
  if (report !== null && typeof report === 'object') {
    for (const v of Object.values(report)) if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object') return v;
    for (const v of Object.values(report)) {
      const inner = mainTable(v);
      if (inner.length > 0) return inner;
    }
    return [report];
  }
  return [{ value: report }];
};
