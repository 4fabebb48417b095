import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';

export class GetMyTasksRequestDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'global position the principal has seen up to: its own proposals escalated or decided at or before it are left out',
    example: '120',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'seenUpTo must be a non-negative integer' })
  seenUpTo?: string;
}
