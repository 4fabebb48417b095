import { CsvQueryDto } from './csv/csv-query.dto';

/** The reports' query: as of, and CSV in the asked form and table (docs/reports.md). */
export class ReportQueryDto extends CsvQueryDto {}

export { wantsCsv } from './csv/csv-response';
