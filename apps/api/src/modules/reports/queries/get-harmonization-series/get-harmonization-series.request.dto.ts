import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { SERIES_INTERVALS, type SeriesInterval } from '@samsyn/projections/reports/harmonization-series';
import { PagedCsvQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';

export class GetHarmonizationSeriesRequestDto extends PagedCsvQueryDto {
  @ApiProperty({ description: 'ISO-8601 date or instant: the first interval is the one containing it', example: '2024-01-01' })
  @IsISO8601({ strict: true, strictSeparator: true })
  from: string;

  @ApiPropertyOptional({ description: 'ISO-8601 date or instant (default: now); the last point is clipped to it', example: '2024-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  to?: string;

  @ApiPropertyOptional({ enum: SERIES_INTERVALS, default: 'month' })
  @IsOptional()
  @IsIn(SERIES_INTERVALS as unknown as string[])
  interval?: SeriesInterval;
}
