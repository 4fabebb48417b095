import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ProveConsistencyRequestDto {
  @ApiProperty({ description: 'size of the earlier tree (a head the client kept)' })
  @Matches(/^\d{1,19}$/, { message: 'from must be a non-negative integer' })
  from!: string;

  @ApiProperty({ description: 'size of the later tree' })
  @Matches(/^\d{1,19}$/, { message: 'to must be a non-negative integer' })
  to!: string;
}
