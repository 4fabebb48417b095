import type { HttpResponse as Response } from '../express-types';
import { ApiError, ApiErrorCodes } from '../../errors/api-error';
import { jsonSafe } from '../json-safe';
import { csvDialect } from './csv-dialect';
import type { CsvQueryDto } from './csv-query.dto';
import { toCsv, type CsvTable } from './csv-table';

/** A read's CSV tables by name; the first is the default. Each builder gets the JSON-safe answer. */
export type CsvTables<T = any> = Readonly<Record<string, (answer: T) => CsvTable>>;

export interface CsvRequest {
  query: CsvQueryDto;
  accept: string | undefined;
  acceptLanguage: string | undefined;
}

/** `?format=` wins over Accept; CSV only when asked for explicitly (a browser's Accept prefers HTML, not CSV). */
export const wantsCsv = (format: string | undefined, accept: string | undefined): boolean => {
  if (format !== undefined) return format === 'csv';
  if (!accept) return false;
  const types = accept.split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  return types.includes('text/csv') && !types.slice(0, types.indexOf('text/csv')).includes('application/json');
};

/**
 * The answer as JSON, or as the chosen CSV table in the asked form. Either way the answer varies
 * with Accept and Accept-Language, and says so, so that no cache serves one for the other.
 */
export const answerJsonOrCsv = (res: Response, name: string, tables: CsvTables, req: CsvRequest, answer: unknown): unknown => {
  res.setHeader('Vary', 'Accept, Accept-Language');
  const names = Object.keys(tables);
  if (req.query.table !== undefined && !names.includes(req.query.table)) {
    throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, `no table ${req.query.table}; this read has ${names.join(', ')}`, [
      { field: 'table', errors: [`table must be one of ${names.join(', ')}`] },
    ]);
  }
  if (!wantsCsv(req.query.format, req.accept)) return answer;
  const table = req.query.table ?? names[0];
  const csv = toCsv(tables[table](jsonSafe(answer)), csvDialect(req.query.locale, req.acceptLanguage));
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${table === names[0] ? name : `${name}-${table}`}.csv"`);
  return csv;
};
