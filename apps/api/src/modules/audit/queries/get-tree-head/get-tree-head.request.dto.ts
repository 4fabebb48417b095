import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class GetTreeHeadRequestDto {
  @ApiPropertyOptional({ description: 'the head of the tree ending with the event at this global position (default: the whole store)' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,18}$/, { message: 'asOfPosition must be a positive integer' })
  asOfPosition?: string;
}
