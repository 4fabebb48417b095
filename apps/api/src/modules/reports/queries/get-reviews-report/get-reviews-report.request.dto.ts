import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReportQueryDto } from '../../../../infrastructure/http/report-format';

export class GetReviewsReportRequestDto extends ReportQueryDto {
  @ApiPropertyOptional({ example: 30, description: 'the due list: reviews falling due within this many days (default 30)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  dueWithinDays?: number;
}
