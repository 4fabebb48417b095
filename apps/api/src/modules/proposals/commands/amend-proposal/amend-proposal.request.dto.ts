import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { PatchOperationDto } from '../../../../infrastructure/validation/patch-operation.dto';

export class AmendProposalRequestDto {
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) baseRevision: number;

  @ApiProperty({ type: [PatchOperationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PatchOperationDto)
  changes: PatchOperationDto[];

  @ApiProperty({ example: 'Rebased on revision 2' }) @IsString() @IsNotEmpty() @MaxLength(10_000) rationale: string;
}
