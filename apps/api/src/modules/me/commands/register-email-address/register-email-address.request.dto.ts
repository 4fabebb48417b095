import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RegisterEmailAddressRequestDto {
  @ApiProperty({ example: 'anna.andersson@uppsala.se' }) @IsString() @MaxLength(254) address: string;
}
