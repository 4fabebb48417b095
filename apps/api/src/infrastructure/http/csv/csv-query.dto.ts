import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { AsOfQueryDto } from '../as-of';
import { CSV_LOCALES } from './csv-dialect';

/** The query of every read that can also answer CSV (docs/reports.md). */
export class CsvQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'or send Accept: text/csv' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: CSV_LOCALES, description: 'CSV form: sv (BOM, `;`, decimal comma, for Swedish Excel) or en (RFC 4180); default from Accept-Language' })
  @IsOptional()
  @IsIn(CSV_LOCALES as unknown as string[])
  locale?: 'sv' | 'en';

  @ApiPropertyOptional({ description: 'which table of the answer to write as CSV (one table per file); each route lists its tables' })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,39}$/, { message: 'table must be a table name' })
  table?: string;
}
