import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ListWebhookDeliveriesRequestDto {
  @ApiPropertyOptional({ description: 'entries strictly before this global position (the next page: the last entry’s position)' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'before must be a non-negative integer' })
  before?: string;

  @ApiPropertyOptional({ description: 'page size, 1–500 (default 50)' })
  @IsOptional()
  @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be an integer from 1 to 500' })
  limit?: string;
}
