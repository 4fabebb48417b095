import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { PagedCsvQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class ListHandoversRequestDto extends PagedCsvQueryDto {
  @ApiPropertyOptional({ description: 'only the handovers this organisation (stakeholder id) sends or receives' })
  @IsOptional()
  @IsString()
  @IsResourceId()
  stakeholder?: string;
}
