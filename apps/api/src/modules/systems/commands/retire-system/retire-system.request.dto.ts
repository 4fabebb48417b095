import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RetireSystemRequestDto {
  @ApiProperty({ example: 'no longer in use' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}
