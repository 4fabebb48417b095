import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { PatchOperationDto } from '../../../../infrastructure/validation/patch-operation.dto';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class SubmitProposalRequestDto {
  @ApiPropertyOptional({ description: 'client-chosen proposal id; generated when absent' })
  @IsOptional()
  @IsString()
  @IsResourceId()
  id?: string;

  @ApiPropertyOptional({ enum: ['change', 'deviation'], description: 'change when absent' })
  @IsOptional()
  @IsIn(['change', 'deviation'])
  kind?: 'change' | 'deviation';

  @ApiProperty({ example: 1 }) @IsInt() @Min(1) baseRevision: number;

  @ApiProperty({ type: [PatchOperationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PatchOperationDto)
  changes: PatchOperationDto[];

  @ApiProperty({ example: 'Align the step names' }) @IsString() @IsNotEmpty() @MaxLength(10_000) rationale: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, example: '2024-06-30T00:00:00Z', description: 'escalates by itself when it passes with reviews missing' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  reviewDeadline?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'deviation: the stakeholder that keeps it' })
  @IsOptional()
  @IsString()
  @IsResourceId()
  stakeholder?: string | null;
}
