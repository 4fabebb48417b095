import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AsOfQueryDto } from '../../../../infrastructure/http/as-of';

export class ListPrincipalsRequestDto extends AsOfQueryDto {
  @ApiPropertyOptional({ example: 'ri', description: 'only ids starting with this (case-insensitive): an @mention autocomplete' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  prefix?: string;
}
