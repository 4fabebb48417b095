import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ProveInclusionRequestDto {
  @ApiProperty({ description: 'global position of the event' })
  @Matches(/^[1-9]\d{0,18}$/, { message: 'position must be a positive integer' })
  position!: string;

  @ApiPropertyOptional({ description: 'prove against the tree of this size (default: the whole store)' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,18}$/, { message: 'treeSize must be a positive integer' })
  treeSize?: string;
}
