import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** Whole SEK a year, or null to lift the frame; whether it is a whole number is the domain's rule. */
export class SetBodyBudgetFrameRequestDto {
  @ApiProperty({ example: 1000000, nullable: true, type: Number }) @IsOptional() budgetFrame: number | null;
}
