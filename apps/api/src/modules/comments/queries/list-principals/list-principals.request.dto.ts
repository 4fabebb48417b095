import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';

export class ListPrincipalsRequestDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'ri', description: 'only ids starting with this (case-insensitive): an @mention autocomplete' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  prefix?: string;
}
