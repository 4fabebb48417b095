import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { ActivityState, ManagementPlanContent } from '@samsyn/domain';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** The shapes the management routes share. Shape only: what is allowed (levels, states, who) is
 * the domain's rule, answered 422 INVALID_INPUT or another code (docs/management-objects.md). */
const Ids = (example: string[]): PropertyDecorator => {
  const decorators = [ApiProperty({ type: [String], example }), IsArray(), ArrayMaxSize(200), IsString({ each: true }), MaxLength(200, { each: true })];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

export class ManagementRolesDto {
  @ApiProperty({ example: 'olof', description: 'objektägare (a principal id)' }) @IsString() @MaxLength(200) owner: string;
  @ApiProperty({ example: 'vera', description: 'objektledare verksamhet' }) @IsString() @MaxLength(200) businessManager: string;
  @ApiProperty({ example: 'ivan', description: 'objektledare IT' }) @IsString() @MaxLength(200) itManager: string;
}

export class ManagementScopeDto {
  @ApiProperty({ example: 'Lokalförsörjning' }) @IsString() @MaxLength(200) name: string;
  @Ids(['lokalsystem']) systems: string[];
  @Ids(['LF-01']) processes: string[];
  @ApiProperty({ example: 'lokaler-objekt', description: 'an object-level governance body' }) @IsString() @MaxLength(200) body: string;
}

export class PlanActivityDto {
  @ApiProperty({ example: 'a1' }) @IsString() @MaxLength(100) id: string;
  @ApiProperty({ example: 'Inventera skollokaler' }) @IsString() @MaxLength(500) title: string;
  @ApiPropertyOptional({ enum: ['planned', 'ongoing', 'done', 'cancelled'], default: 'planned' }) @IsOptional() @IsString() state?: string;
}

export class PlanForumDto {
  @ApiProperty({ example: 'Objektstyrgrupp' }) @IsString() @MaxLength(200) name: string;
  @ApiProperty({ example: 'varje månad' }) @IsString() @MaxLength(200) cadence: string;
}

/** A plan's content (draft and revision alike). */
export class PlanContentDto {
  @ApiProperty({ type: [String], example: ['Alla skollokaler registrerade i lokalsystemet'] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  goals: string[];

  @ApiProperty({ type: [PlanActivityDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PlanActivityDto) activities: PlanActivityDto[];

  @ApiProperty({ example: 850000, description: 'the budget frame of the year, whole SEK' }) @IsDefined() budget: number;

  @ApiPropertyOptional({ type: [String], example: ['Leverantören levererar sent'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  risks?: string[];

  @ApiPropertyOptional({ type: [PlanForumDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PlanForumDto) forums?: PlanForumDto[];
}

export class ActivityStateDto {
  @ApiProperty({ example: 'a1' }) @IsString() @MaxLength(100) id: string;
  @ApiProperty({ enum: ['planned', 'ongoing', 'done', 'cancelled'] }) @IsString() state: string;
}

export class FollowUpRequestDto {
  @ApiProperty({ type: [ActivityStateDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ActivityStateDto) activities: ActivityStateDto[];
  @ApiProperty({ example: 310000, description: 'whole SEK spent so far this year' }) @IsDefined() budgetSpent: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Inventeringen klar i maj' }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class DecidePlanRequestDto {
  @ApiProperty({ example: 1, description: 'the revision decided (the plan’s current one)' }) @IsInt() revision: number;
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsString() outcome: 'approve' | 'reject';
  @ApiProperty({ example: 'Planen ryms i ramen och stöder lokalförsörjningen' }) @IsString() @MaxLength(4000) motivation: string;
}

export class MinutesDecisionRefDto {
  @ApiProperty({ enum: ['proposal', 'plan'] }) @IsString() kind: 'proposal' | 'plan';
  @ApiProperty({ example: 'skolfastigheter/2026/1', description: 'a proposal id, or a plan decision `<object>/<year>/<revision>`' }) @IsString() @MaxLength(300) ref: string;
}

export class RecordMinutesRequestDto {
  @ApiProperty({ example: '2026-02', description: 'the meeting’s id within the body' }) @IsString() @MaxLength(100) meeting: string;
  @ApiProperty({ example: '2026-02-12' }) @IsString() @MaxLength(10) date: string;
  @Ids(['bo', 'cia']) present: string[];
  @ApiProperty({ type: [MinutesDecisionRefDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => MinutesDecisionRefDto) decisions: MinutesDecisionRefDto[];
}

/** The DTO as the command's content. The states are the client's strings: the domain checks them
 * (an unknown state is 422 INVALID_INPUT naming the field). */
export const toPlanContent = (dto: PlanContentDto): ManagementPlanContent => ({
  goals: dto.goals,
  activities: dto.activities.map((a) => ({ id: a.id, title: a.title, state: (a.state ?? 'planned') as ActivityState })),
  budget: dto.budget,
  risks: dto.risks ?? [],
  forums: (dto.forums ?? []).map((f) => ({ name: f.name, cadence: f.cadence })),
});
