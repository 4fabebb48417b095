import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class MapSynonymRequestDto {
  @ApiProperty({ example: 'uppsalahem' }) @IsString() @IsResourceId() stakeholder: string;
  @ApiProperty({ example: 'kontrakt' }) @IsString() @IsNotEmpty() @MaxLength(200) label: string;
}
