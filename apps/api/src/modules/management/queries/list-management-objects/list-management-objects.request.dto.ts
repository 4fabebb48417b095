import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';

export class ListManagementObjectsRequestDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'lokaler-forvaltning', description: "only the objects in this body's area: governed by it or by a body below it" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  body?: string;
}
