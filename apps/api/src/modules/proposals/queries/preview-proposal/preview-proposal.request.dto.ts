import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Min, ValidateNested } from 'class-validator';
import { PatchOperationDto } from '../../../../infrastructure/validation/patch-operation.dto';

export class PreviewProposalRequestDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) baseRevision: number;

  @ApiProperty({ type: [PatchOperationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PatchOperationDto)
  changes: PatchOperationDto[];
}
