import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Min } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class RecordAdoptionRequestDto {
  @ApiProperty({ example: 'uppsalahem' }) @IsString() @IsResourceId() stakeholder: string;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) revision: number;
  @ApiProperty({ example: '2024-05-01', description: 'ISO-8601 date' }) @IsISO8601({ strict: true }) adoptedOn: string;
}
