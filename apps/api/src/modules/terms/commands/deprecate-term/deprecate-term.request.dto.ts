import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class DeprecateTermRequestDto {
  @ApiProperty({ example: 'merged into lokal' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'lokal' }) @IsOptional() @IsString() @IsResourceId() replacedBy?: string | null;
}
