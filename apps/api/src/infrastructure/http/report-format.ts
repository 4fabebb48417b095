import { PagedCsvQueryDto } from './paging/page-query.dto';

/** The reports' query: as of, CSV in the asked form and table, a table's rows paged (docs/reports.md). */
export class ReportQueryDto extends PagedCsvQueryDto {}

export { wantsCsv } from './csv/csv-response';
