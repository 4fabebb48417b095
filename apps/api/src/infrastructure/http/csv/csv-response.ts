import type { HttpResponse as Response } from '../express-types';
import { ApiError, ApiErrorCodes } from '../../errors/api-error';
import { jsonSafe } from '../json-safe';
import { answerPage, isPaged, linkNext, pageRequest, takePage } from '../paging/paging';
import { csvDialect } from './csv-dialect';
import type { CsvQueryDto } from './csv-query.dto';
import type { PageQuery } from '../paging/page-query.dto';
import { toCsv, type CsvTable } from './csv-table';
import { toFlatRows } from './flat-rows';

/** A read's CSV tables by name; the first is the default. Each builder gets the JSON-safe answer. */
export type CsvTables<T = any> = Readonly<Record<string, (answer: T) => CsvTable>>;

export interface CsvRequest {
  query: CsvQueryDto & PageQuery;
  accept: string | undefined;
  acceptLanguage: string | undefined;
}

/**
 * How the read pages (docs/api.md "Paging"): by default here, the answer's list (the answer, or its
 * `list` field) or the chosen table's rows; `byRead` when the read itself pages with its own
 * cursor (the audit log, a stakeholder's history: global positions) and sets the Link itself.
 */
export interface CsvPaging {
  list?: string;
  byRead?: boolean;
}

/** `?format=` wins over Accept; CSV only when asked for explicitly (a browser's Accept prefers HTML, not CSV). */
export const wantsCsv = (format: string | undefined, accept: string | undefined): boolean => {
  if (format !== undefined) return format === 'csv';
  if (!accept) return false;
  const types = accept.split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  return types.includes('text/csv') && !types.slice(0, types.indexOf('text/csv')).includes('application/json');
};

const pagedTable = (res: Response, table: CsvTable, req: CsvRequest, paging: CsvPaging): CsvTable => {
  if (paging.byRead || !isPaged(req.query)) return table;
  const page = takePage(table.rows, pageRequest(req.query));
  linkNext(res, page.next);
  return { columns: table.columns, rows: page.items };
};

/**
 * The answer as JSON, a table of it as flat JSON rows (`?table=`), or a table as CSV in the asked
 * form, each paged by `limit`/`after`. Either way the answer varies with Accept and
 * Accept-Language, and says so, so that no cache serves one for the other.
 */
export const answerJsonOrCsv = (res: Response, name: string, tables: CsvTables, req: CsvRequest, answer: unknown, paging: CsvPaging = {}): unknown => {
  res.setHeader('Vary', 'Accept, Accept-Language');
  const names = Object.keys(tables);
  if (req.query.table !== undefined && !names.includes(req.query.table)) {
    throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, `no table ${req.query.table}; this read has ${names.join(', ')}`, [
      { field: 'table', errors: [`table must be one of ${names.join(', ')}`] },
    ]);
  }
  if (!paging.byRead) pageRequest(req.query); // a bad cursor is refused whatever the form
  const csv = wantsCsv(req.query.format, req.accept);
  if (!csv && req.query.table === undefined) {
    if (paging.byRead) return answer;
    return paging.list === undefined ? answerPage(res, req.query, answer as unknown[]) : answerPage(res, req.query, answer as Record<string, unknown>, paging.list);
  }
  const tableName = req.query.table ?? names[0];
  const table = pagedTable(res, tables[tableName](jsonSafe(answer)), req, paging);
  if (!csv) return toFlatRows(table);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${tableName === names[0] ? name : `${name}-${tableName}`}.csv"`);
  return toCsv(table, csvDialect(req.query.locale, req.acceptLanguage));
};
