import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

export class SetDefaultAdoptionTargetRequestDto {
  @ApiProperty({ type: Number, example: 90, nullable: true, description: 'whole days after a revision is applied (1–3650); null removes the default' })
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(3650)
  daysAfterApplied: number | null;
}
