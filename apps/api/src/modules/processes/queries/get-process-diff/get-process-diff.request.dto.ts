import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { AsOfQueryDto } from '../../../../infrastructure/http/as-of';

export class GetProcessDiffRequestDto extends AsOfQueryDto {
  @ApiProperty({ example: '1' }) @Matches(/^[1-9]\d{0,8}$/, { message: 'from must be a positive integer' }) from: string;
  @ApiProperty({ example: '2' }) @Matches(/^[1-9]\d{0,8}$/, { message: 'to must be a positive integer' }) to: string;
}
