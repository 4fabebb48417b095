import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AsOfQueryDto } from './as-of';

export class ReportQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'or send Accept: text/csv' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** `?format=` wins over Accept; CSV only when asked for explicitly (a browser's Accept prefers HTML, not CSV). */
export const wantsCsv = (format: string | undefined, accept: string | undefined): boolean => {
  if (format !== undefined) return format === 'csv';
  if (!accept) return false;
  const types = accept.split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  return types.includes('text/csv') && !types.slice(0, types.indexOf('text/csv')).includes('application/json');
};
