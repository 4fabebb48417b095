import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PatchOperationSchema, ProcessDefinitionSchema } from '../../infrastructure/swagger/definition.schema';
import { LEVELS, nullableInt, nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: a proposal as GET /proposals/:id answers it and its writes answer it (libs/projections/src/proposals/proposal.view.ts). */
const STATUSES = ['submitted', 'escalated', 'accepted', 'approved', 'applied', 'rejected', 'withdrawn', 'conflicted'];

export class ProposalReviewSchema {
  @ApiProperty() stakeholder: string;
  @ApiProperty() reviewer: string;
  @ApiProperty({ enum: ['accept', 'reject'] }) verdict: string;
  @ApiProperty() comment: string;
  @ApiProperty({ description: 'the proposal version reviewed' }) version: number;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ProposalDecisionSchema {
  @ApiProperty() body: string;
  @ApiProperty({ enum: LEVELS }) level: string;
  @ApiProperty({ enum: ['approve', 'reject', 'escalate'] }) outcome: string;
  @ApiProperty() motivation: string;
  @ApiProperty() decidedBy: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ProposalEscalationSchema {
  @ApiProperty(nullableString) fromBody: string | null;
  @ApiProperty() toBody: string;
  @ApiProperty({ enum: LEVELS }) toLevel: string;
  @ApiProperty({ example: 'rejected-in-review' }) reason: string;
  @ApiProperty() by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ProposalResponse {
  @ApiProperty({ example: 'P-1' }) id: string;
  @ApiProperty({ example: 'LF-01' }) processId: string;
  @ApiProperty({ enum: ['change', 'deviation'] }) kind: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ enum: LEVELS }) requiredLevel: string;
  @ApiProperty({ ...nullableString, description: 'the body holding it while escalated' }) heldBy: string | null;
  @ApiProperty() version: number;
  @ApiProperty() baseRevision: number;
  @ApiProperty({ type: [PatchOperationSchema] }) changes: PatchOperationSchema[];
  @ApiProperty() rationale: string;
  @ApiProperty() submittedBy: string;
  @ApiProperty({ ...nullableString, description: 'a deviation: the stakeholder that keeps it' }) stakeholder: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewDeadline: string | null;
  @ApiProperty({ type: [String] }) reviewers: string[];
  @ApiProperty({ type: [ProposalReviewSchema] }) reviews: ProposalReviewSchema[];
  @ApiProperty({ type: [ProposalDecisionSchema] }) decisions: ProposalDecisionSchema[];
  @ApiProperty({ type: [ProposalEscalationSchema] }) escalations: ProposalEscalationSchema[];
  @ApiProperty(nullableInt) appliedRevision: number | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: [String] }) awaitingReviewFrom: string[];
}

/** One rule of docs/product.md the change meets (libs/domain/src/process/required-level.ts). */
export class LevelReasonSchema {
  @ApiProperty({ enum: LEVELS }) level: string;
  @ApiProperty({ enum: ['participants', 'terms', 'purpose', 'handovers', 'performers'] }) code: string;
  @ApiPropertyOptional({ type: [String] }) added?: string[];
  @ApiPropertyOptional({ type: [String] }) removed?: string[];
  @ApiPropertyOptional({ type: [String] }) steps?: string[];
  @ApiPropertyOptional({ type: [String] }) handovers?: string[];
  @ApiPropertyOptional({ type: [String] }) stakeholders?: string[];
}

export class TouchedSchema {
  @ApiProperty({ type: [String] }) steps: string[];
  @ApiProperty({ type: [String] }) handovers: string[];
  @ApiProperty({ type: [String] }) systems: string[];
  @ApiProperty({ type: [String] }) terms: string[];
}

/** POST /processes/:id/proposals/preview. */
export class ProposalPreviewResponse {
  @ApiProperty({ enum: LEVELS }) requiredLevel: string;
  @ApiProperty({ type: [LevelReasonSchema] }) reasons: LevelReasonSchema[];
  @ApiProperty({ type: [String] }) reviewers: string[];
  @ApiProperty({ type: TouchedSchema }) touched: TouchedSchema;
  @ApiProperty({ type: ProcessDefinitionSchema, description: 'the definition after the change' }) definition: ProcessDefinitionSchema;
}
