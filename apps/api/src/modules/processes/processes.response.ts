import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANY_JSON, PatchOperationSchema, ProcessDefinitionSchema } from '../../infrastructure/swagger/definition.schema';
import { decimal, freeForm, LEVELS, listMapOf, mapOf, nullableString, stringMap } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: the processes' answers (docs/api.md "Reads"; libs/projections/src/catalogue, process-history). */
const STATUSES = ['harmonized', 'behind', 'deviating', 'needs-reapproval', 'not-adopted'];

export class ProcessOwnerSchema {
  @ApiProperty({ example: 'anna' }) principal: string;
  @ApiProperty({ example: 'ksn' }) stakeholder: string;
}

export class AdoptedSchema {
  @ApiProperty() revision: number;
  @ApiProperty({ example: '2025-03-03' }) adoptedOn: string;
}

export class DefinitionPartsSchema {
  @ApiProperty({ type: [String] }) steps: string[];
  @ApiProperty({ type: [String] }) handovers: string[];
  @ApiProperty() purpose: boolean;
  @ApiProperty() participants: boolean;
}

export class NeedsReapprovalSchema {
  @ApiProperty({ description: 'the first revision it no longer describes' }) since: number;
  @ApiProperty({ type: [Number] }) revisions: number[];
  @ApiProperty({ type: DefinitionPartsSchema }) parts: DefinitionPartsSchema;
}

export class ActiveDeviationSchema {
  @ApiProperty() proposalId: string;
  @ApiProperty({ description: 'the revision it was approved at' }) revision: number;
  @ApiProperty() rationale: string;
  @ApiProperty({ type: DefinitionPartsSchema }) covers: DefinitionPartsSchema;
  @ApiProperty({ type: NeedsReapprovalSchema, nullable: true }) needsReapproval: NeedsReapprovalSchema | null;
}

/** PUT /processes/:id/default-adoption-target (docs/harmonization.md). */
export class DefaultAdoptionTargetSchema {
  @ApiProperty({ example: 90, description: 'whole days after a revision is applied' }) daysAfterApplied: number;
  @ApiProperty() setBy: string;
}

/** GET /catalogue, GET /processes/:id. */
export class CatalogueEntryResponse {
  @ApiProperty({ example: 'LF-01' }) id: string;
  @ApiProperty({ example: 'Lokalbehovsanalys' }) name: string;
  @ApiProperty({ example: 2 }) headRevision: number;
  @ApiProperty({ type: ProcessDefinitionSchema }) definition: ProcessDefinitionSchema;
  @ApiProperty({ type: ProcessOwnerSchema }) owner: ProcessOwnerSchema;
  @ApiProperty({ type: [String] }) participants: string[];
  @ApiProperty({ example: 'objekt-lokal' }) governingBody: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: STATUSES }, description: 'participant → harmonization status' })
  status: Record<string, string>;
  @ApiProperty({ ...mapOf(ActiveDeviationSchema), description: 'stakeholder → its active deviation' }) deviations: Record<string, ActiveDeviationSchema>;
  @ApiProperty({ ...mapOf(AdoptedSchema), description: 'stakeholder → latest adoption' }) adopted: Record<string, AdoptedSchema>;
  @ApiProperty({ type: [String] }) openProposals: string[];
  @ApiProperty({ type: 'object', additionalProperties: stringMap, description: 'revision → participant → target adoption date' })
  adoptionTargets: Record<string, Record<string, string>>;
  @ApiProperty({ type: DefaultAdoptionTargetSchema, nullable: true, description: 'null: no default' }) defaultAdoptionTarget: DefaultAdoptionTargetSchema | null;
}

export class RevisionDecisionSchema {
  @ApiProperty({ enum: ['consensus', 'body'], example: 'consensus' }) by: string;
  @ApiProperty(nullableString) body: string | null;
  @ApiProperty({ type: String, enum: LEVELS, nullable: true }) level: string | null;
  @ApiProperty(nullableString) motivation: string | null;
  @ApiProperty(nullableString) decidedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
}

/** GET /processes/:id/revisions. */
export class ProcessRevisionSummaryResponse {
  @ApiProperty() revision: number;
  @ApiProperty({ ...nullableString, description: 'null for the registration' }) proposalId: string | null;
  @ApiProperty({ format: 'date-time' }) appliedAt: string;
  @ApiProperty({ example: 'steps changed: sammanstall' }) summary: string;
  @ApiProperty() actor: string;
  @ApiProperty() rebased: boolean;
  @ApiProperty({ type: RevisionDecisionSchema, nullable: true }) decision: RevisionDecisionSchema | null;
  @ApiProperty(decimal) position: string;
}

/** GET /processes/:id/revisions/:n. */
export class ProcessRevisionResponse {
  @ApiProperty() processId: string;
  @ApiProperty() revision: number;
  @ApiProperty({ type: ProcessDefinitionSchema }) definition: ProcessDefinitionSchema;
}

export class ChangedEntrySchema {
  @ApiProperty() id: string;
  @ApiProperty({ type: [String] }) fields: string[];
}

export class FieldChangeSchema {
  @ApiProperty({ example: 'name' }) field: string;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'absent for an added field' }) old?: unknown;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'absent for a removed field' }) new?: unknown;
}

export class KeyedDiffSchema {
  @ApiProperty({ type: [String] }) added: string[];
  @ApiProperty({ type: [String] }) removed: string[];
  @ApiProperty({ type: [ChangedEntrySchema] }) changed: ChangedEntrySchema[];
  @ApiPropertyOptional({ ...listMapOf(FieldChangeSchema), description: 'id → its old and new values' })
  values?: Record<string, FieldChangeSchema[]>;
}

export class PurposeChangeSchema {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}

export class ParticipantsChangeSchema {
  @ApiProperty({ type: [String] }) added: string[];
  @ApiProperty({ type: [String] }) removed: string[];
}

/** A structural difference (libs/domain/src/process/definition-diff.ts). */
export class DefinitionDiffSchema {
  @ApiPropertyOptional({ type: PurposeChangeSchema }) purpose?: PurposeChangeSchema;
  @ApiPropertyOptional({ type: ParticipantsChangeSchema }) participants?: ParticipantsChangeSchema;
  @ApiProperty({ type: KeyedDiffSchema }) steps: KeyedDiffSchema;
  @ApiProperty({ type: KeyedDiffSchema }) handovers: KeyedDiffSchema;
}

/** GET /processes/:id/diff?from=&to=. */
export class ProcessDiffResponse extends DefinitionDiffSchema {
  @ApiProperty() processId: string;
  @ApiProperty() from: number;
  @ApiProperty() to: number;
}

export class DeviationConflictSchema {
  @ApiProperty({ example: 'PATCH_DOES_NOT_APPLY' }) code: string;
  @ApiProperty() message: string;
}

/** GET /processes/:id/deviations/:stakeholder/diff. */
export class DeviationDiffResponse extends DefinitionDiffSchema {
  @ApiProperty() processId: string;
  @ApiProperty() stakeholder: string;
  @ApiProperty() proposalId: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty() approvedAtRevision: number;
  @ApiProperty() baseRevision: number;
  @ApiProperty() headRevision: number;
  @ApiProperty() revisionsBehind: number;
  @ApiProperty({ type: DefinitionPartsSchema }) covers: DefinitionPartsSchema;
  @ApiProperty({ type: NeedsReapprovalSchema, nullable: true }) needsReapproval: NeedsReapprovalSchema | null;
  @ApiProperty({ description: 'whether the patch still applies to the head' }) applies: boolean;
  @ApiProperty({ enum: ['head', 'base'] }) against: string;
  @ApiProperty() againstRevision: number;
  @ApiPropertyOptional({ type: DeviationConflictSchema, description: 'when it no longer applies' }) conflict?: DeviationConflictSchema;
}

export class BpmnWarningSchema {
  @ApiProperty({ example: 'no-artifact', description: 'one of WARNING_TEMPLATES (libs/bpmn/src/import-messages.ts)' }) code: string;
  @ApiProperty({ ...freeForm, description: 'counts, element ids and shortened names' }) params: Record<string, unknown>;
  @ApiProperty({ description: 'the English sentence' }) message: string;
}

export class UnmatchedParticipantSchema {
  @ApiProperty({ enum: ['pool', 'lane', 'process'] }) element: string;
  @ApiProperty() elementId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'the id it was imported under' }) id: string;
}

export class BpmnProcessSchema {
  @ApiProperty() id: string;
  @ApiPropertyOptional() name?: string;
}

/** POST /bpmn/definition. */
export class BpmnImportResponse {
  @ApiProperty({ type: ProcessDefinitionSchema }) definition: ProcessDefinitionSchema;
  @ApiProperty({ type: [BpmnWarningSchema] }) warnings: BpmnWarningSchema[];
  @ApiProperty({ type: BpmnProcessSchema }) process: BpmnProcessSchema;
  @ApiProperty({ type: [UnmatchedParticipantSchema] }) unmatched: UnmatchedParticipantSchema[];
  @ApiPropertyOptional({ ...freeForm, description: 'where the diagram drew steps and handovers' }) layout?: Record<string, unknown>;
}

/** POST /processes/:id/proposals/from-bpmn?preview=1. */
export class BpmnProposalPreviewResponse {
  @ApiProperty() baseRevision: number;
  @ApiProperty({ type: [PatchOperationSchema] }) changes: PatchOperationSchema[];
  @ApiProperty({ enum: LEVELS }) requiredLevel: string;
  @ApiProperty({ type: DefinitionDiffSchema }) diff: DefinitionDiffSchema;
  @ApiProperty({ type: [BpmnWarningSchema] }) warnings: BpmnWarningSchema[];
  @ApiProperty({ type: [UnmatchedParticipantSchema] }) unmatched: UnmatchedParticipantSchema[];
}
