import { ApiProperty, OmitType } from '@nestjs/swagger';
import { nullableString, stringMap } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: management objects, plans and minutes (docs/management-objects.md; libs/projections/src/management). */
const PLAN_STATUSES = ['draft', 'decided', 'rejected'];

export class ManagementRolesSchema {
  @ApiProperty() owner: string;
  @ApiProperty() businessManager: string;
  @ApiProperty() itManager: string;
}

/** GET /management-objects, GET /management-objects/:id. */
export class ManagementObjectResponse {
  @ApiProperty({ example: 'lokalforsorjning' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) systems: string[];
  @ApiProperty({ type: [String] }) processes: string[];
  @ApiProperty() body: string;
  @ApiProperty({ type: ManagementRolesSchema }) roles: ManagementRolesSchema;
  @ApiProperty({ type: [Number] }) planYears: number[];
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PlanActivitySchema {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'ongoing' }) state: string;
}

export class PlanForumSchema {
  @ApiProperty() name: string;
  @ApiProperty({ example: 'varannan månad' }) cadence: string;
}

export class PlanContentSchema {
  @ApiProperty({ type: [String] }) goals: string[];
  @ApiProperty({ type: [PlanActivitySchema] }) activities: PlanActivitySchema[];
  @ApiProperty({ description: 'whole SEK' }) budget: number;
  @ApiProperty({ type: [String] }) risks: string[];
  @ApiProperty({ type: [PlanForumSchema] }) forums: PlanForumSchema[];
}

export class PlanRevisionSchema {
  @ApiProperty() revision: number;
  @ApiProperty({ type: PlanContentSchema }) content: PlanContentSchema;
  @ApiProperty() draftedBy: string;
  @ApiProperty({ format: 'date-time' }) draftedAt: string;
}

export class PlanEscalationSchema {
  @ApiProperty() revision: number;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() reason: string;
  @ApiProperty() budget: number;
  @ApiProperty() budgetFrame: number;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class PlanDecisionSchema {
  @ApiProperty() revision: number;
  @ApiProperty() body: string;
  @ApiProperty({ enum: ['approve', 'reject'] }) outcome: string;
  @ApiProperty() motivation: string;
  @ApiProperty() decidedBy: string;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class PlanFollowUpSchema {
  @ApiProperty() revision: number;
  @ApiProperty({ ...stringMap, description: 'activity id → state' }) activities: Record<string, string>;
  @ApiProperty() budgetSpent: number;
  @ApiProperty(nullableString) note: string | null;
  @ApiProperty() by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

/** GET /management-objects/:id/plans/:year. */
export class ManagementPlanResponse {
  @ApiProperty() object: string;
  @ApiProperty() year: number;
  @ApiProperty() revision: number;
  @ApiProperty({ enum: PLAN_STATUSES }) status: string;
  @ApiProperty() heldBy: string;
  @ApiProperty({ type: PlanContentSchema }) content: PlanContentSchema;
  @ApiProperty({ type: [PlanRevisionSchema] }) revisions: PlanRevisionSchema[];
  @ApiProperty({ type: [PlanEscalationSchema] }) escalations: PlanEscalationSchema[];
  @ApiProperty({ type: [PlanDecisionSchema] }) decisions: PlanDecisionSchema[];
  @ApiProperty({ type: PlanFollowUpSchema, nullable: true }) followUp: PlanFollowUpSchema | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MinutesDecisionSchema {
  @ApiProperty({ enum: ['proposal', 'plan'] }) kind: string;
  @ApiProperty({ description: 'a proposal id, or <object>/<year>/<revision>' }) ref: string;
  @ApiProperty({ enum: ['approve', 'reject'] }) outcome: string;
  @ApiProperty() motivation: string;
  @ApiProperty() decidedBy: string;
}

/** GET /bodies/:id/minutes, GET /bodies/:id/minutes/:meeting. */
export class MinutesResponse {
  @ApiProperty() body: string;
  @ApiProperty() meeting: string;
  @ApiProperty({ example: '2026-03-02' }) date: string;
  @ApiProperty({ type: [String] }) present: string[];
  @ApiProperty({ type: [MinutesDecisionSchema] }) decisions: MinutesDecisionSchema[];
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

