import { jsonSafe } from '../../infrastructure/http/json-safe';
import { mainTable, toCsv } from '../../infrastructure/http/csv';

export type ReportName = 'harmonization' | 'governance' | 'nomenclature';

/** One table per report, the one a spreadsheet user wants. */
export const reportCsv = (_name: ReportName, report: unknown): string => toCsv(mainTable(jsonSafe(report)));
