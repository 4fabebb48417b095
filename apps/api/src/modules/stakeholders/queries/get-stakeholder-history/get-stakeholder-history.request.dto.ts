import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CsvQueryDto } from '../../../../infrastructure/http/csv/csv-query.dto';

/** Paging is an addition: without `after` and `limit` the answer is the whole history, as docs/api.md defines it. */
export class GetStakeholderHistoryRequestDto extends CsvQueryDto {
  @ApiPropertyOptional({ description: 'only entries strictly after this global position (the last position of the previous page)' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'after must be a non-negative integer' })
  after?: string;

  @ApiPropertyOptional({ description: 'at most this many entries, 1–1000 (default: all)' })
  @IsOptional()
  @Matches(/^(?:[1-9]\d{0,2}|1000)$/, { message: 'limit must be an integer from 1 to 1000' })
  limit?: string;
}
