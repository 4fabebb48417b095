import { ApiProperty } from '@nestjs/swagger';
import { LastReviewSchema, ProcessReviewSchema } from '../reports/reports.response';

/** OpenAPI: a process's review cycle (docs/governance-notifications.md "Review cycles"). */
export class ReviewCycleSchema {
  @ApiProperty({ minimum: 1, maximum: 120 }) intervalMonths: number;
  @ApiProperty({ description: 'the principal responsible for reviewing' }) owner: string;
  @ApiProperty() setBy: string;
  @ApiProperty({ format: 'date-time' }) setAt: string;
}

/** GET /processes/:id/review-cycle. */
export class ReviewCycleResponse {
  @ApiProperty() processId: string;
  @ApiProperty({ type: ReviewCycleSchema, nullable: true }) cycle: ReviewCycleSchema | null;
  @ApiProperty({ type: LastReviewSchema }) lastReview: LastReviewSchema;
  @ApiProperty({ type: ProcessReviewSchema, nullable: true, description: 'null without a cycle' }) view: ProcessReviewSchema | null;
}

export class ReviewCycleStateCycleSchema {
  @ApiProperty() intervalMonths: number;
  @ApiProperty() owner: string;
}

/** PUT /processes/:id/review-cycle, POST …/review-cycle/reviews: the review stream's state. */
export class ProcessReviewStateResponse {
  @ApiProperty({ type: ReviewCycleStateCycleSchema, nullable: true }) cycle: ReviewCycleStateCycleSchema | null;
  @ApiProperty({ type: [String], description: 'due days already notified' }) notified: string[];
}
