import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AsOfQueryDto } from '../../../../infrastructure/http/as-of';

export class ExportProcessBpmnRequestDto extends AsOfQueryDto {
  @ApiPropertyOptional({ example: '2', description: 'the revision to export; default the head revision' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,8}$/, { message: 'revision must be a positive integer' })
  revision?: string;
}
