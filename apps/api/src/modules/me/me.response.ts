import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { intMap, nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: the signed-in principal (GET /me), its work (GET /me/tasks) and its notification settings. */
export class RoleSchema {
  @ApiProperty({ enum: ['process-owner', 'reviewer', 'auditor', 'admin'] }) role: string;
  @ApiPropertyOptional({ description: 'process-owner and reviewer: the stakeholder' }) stakeholder?: string;
}

export class MeResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [RoleSchema] }) roles: RoleSchema[];
}

export class TaskResourceSchema {
  @ApiProperty({ enum: ['proposal', 'process'] }) kind: string;
  @ApiProperty() id: string;
}

export class TaskReasonSchema {
  @ApiProperty({ description: 'stable code' }) code: string;
  @ApiProperty() sv: string;
  @ApiProperty() en: string;
}

const TASK_KINDS = ['review', 'decision', 'own-proposal', 'stale-deviation', 'overdue-adoption', 'adoption', 'mention', 'process-review'];

export class TaskSchema {
  @ApiProperty({ enum: TASK_KINDS }) kind: string;
  @ApiProperty({ type: TaskResourceSchema }) resource: TaskResourceSchema;
  @ApiProperty({ description: 'the API path of the resource' }) link: string;
  @ApiProperty({ type: TaskReasonSchema }) why: TaskReasonSchema;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty() processId: string;
  @ApiPropertyOptional({ description: "proposal tasks: the rationale's first line, at most 80 characters" }) summary?: string;
  @ApiPropertyOptional() stakeholder?: string;
  @ApiPropertyOptional() body?: string;
  @ApiPropertyOptional() withinMandate?: boolean;
  @ApiPropertyOptional() status?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) reviewDeadline?: string | null;
  @ApiPropertyOptional() revision?: number;
  @ApiPropertyOptional() thread?: string;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional() by?: string;
  @ApiPropertyOptional() step?: string;
  @ApiPropertyOptional({ format: 'date-time' }) remindedAt?: string;
  @ApiPropertyOptional() dueOn?: string;
  @ApiPropertyOptional({ format: 'date-time' }) targetDate?: string;
  @ApiPropertyOptional() daysOverdue?: number;
}

/** GET /me/tasks. */
export class MyTasksResponse {
  @ApiProperty() principal: string;
  @ApiProperty({ ...intMap, description: `task kind (${TASK_KINDS.join(', ')}) → count` }) counts: Record<string, number>;
  @ApiProperty() total: number;
  @ApiProperty({ type: [TaskSchema] }) tasks: TaskSchema[];
}

export class NotificationPreferencesSchema {
  @ApiProperty({ type: 'array', items: { type: 'string', enum: ['review', 'decision', 'own-proposal', 'mention', 'process-review'] } }) kinds: string[];
  @ApiProperty() email: boolean;
  @ApiProperty({ enum: ['sv', 'en'] }) language: string;
  @ApiProperty({ type: [RoleSchema] }) roles: RoleSchema[];
}

/** PUT /me/notification-preferences, PUT /principals/:id/email-address: the recipient's state. */
export class RecipientStateResponse {
  @ApiProperty(nullableString) principal: string | null;
  @ApiProperty({ type: NotificationPreferencesSchema, nullable: true }) preferences: NotificationPreferencesSchema | null;
  @ApiProperty(nullableString) address: string | null;
}
