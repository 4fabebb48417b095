import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReviseTermRequestDto {
  @ApiProperty({ example: 'Hyresavtal' }) @IsString() @IsNotEmpty() @MaxLength(200) label: string;
  @ApiProperty({ example: 'Avtal om upplåtelse av lokal mot ersättning' }) @IsString() @IsNotEmpty() @MaxLength(5000) definition: string;
}
