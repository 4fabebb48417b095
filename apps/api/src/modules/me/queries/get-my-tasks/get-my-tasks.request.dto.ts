import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AsOfQueryDto } from '../../../../infrastructure/http/as-of';

export class GetMyTasksRequestDto extends AsOfQueryDto {
  @ApiPropertyOptional({
    description: 'global position the principal has seen up to: its own proposals escalated or decided at or before it are left out',
    example: '120',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'seenUpTo must be a non-negative integer' })
  seenUpTo?: string;
}
