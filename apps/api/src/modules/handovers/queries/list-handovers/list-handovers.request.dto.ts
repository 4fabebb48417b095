import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { CsvQueryDto } from '../../../../infrastructure/http/csv/csv-query.dto';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class ListHandoversRequestDto extends CsvQueryDto {
  @ApiPropertyOptional({ description: 'only the handovers this organisation (stakeholder id) sends or receives' })
  @IsOptional()
  @IsString()
  @IsResourceId()
  stakeholder?: string;
}
