import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class DefineTermRequestDto {
  @ApiProperty({ example: 'hyresavtal' }) @IsString() @IsResourceId() id: string;
  @ApiProperty({ example: 'Hyresavtal' }) @IsString() @IsNotEmpty() @MaxLength(200) label: string;
  @ApiProperty({ example: 'Avtal om upplåtelse av lokal mot ersättning' }) @IsString() @IsNotEmpty() @MaxLength(5000) definition: string;
}
