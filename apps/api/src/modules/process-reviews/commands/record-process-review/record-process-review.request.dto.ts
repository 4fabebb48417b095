import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_REVIEW_COMMENT } from '@samsyn/domain/process-review/process-review.decider';

export class RecordProcessReviewRequestDto {
  @ApiProperty({ example: 'Checked against the 2027 premises policy; still right.' }) @IsString() @MinLength(1) @MaxLength(MAX_REVIEW_COMMENT) comment: string;
}
