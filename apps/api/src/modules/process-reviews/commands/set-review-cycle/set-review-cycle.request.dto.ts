import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_REVIEW_INTERVAL_MONTHS } from '@samsyn/domain/process-review/process-review.decider';

export class SetReviewCycleRequestDto {
  @ApiProperty({ example: 12, description: 'months between reviews' }) @IsInt() @Min(1) @Max(MAX_REVIEW_INTERVAL_MONTHS) intervalMonths: number;
  @ApiProperty({ example: 'anna', description: 'the principal responsible for the review' }) @IsString() @MinLength(1) @MaxLength(200) owner: string;
}
