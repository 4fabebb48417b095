import { ApiProperty } from '@nestjs/swagger';
import { intMap, LEVELS, mapOf, nullableInt, stringMap } from '../../infrastructure/swagger/schema-helpers';
import { NeedsReapprovalSchema } from '../processes/processes.response';

/** OpenAPI: the reports' JSON (libs/projections/src/reports); their CSV is text/csv beside it. */
const idx = { type: Number, nullable: true, description: 'share harmonized, 0–1; null with nothing to count' } as const;
const days = { type: Number, nullable: true } as const;

export class HarmonizationOverallSchema {
  @ApiProperty() pairs: number;
  @ApiProperty() harmonized: number;
  @ApiProperty(idx) index: number | null;
}

export class HarmonizationProcessSchema {
  @ApiProperty() processId: string;
  @ApiProperty() name: string;
  @ApiProperty() headRevision: number;
  @ApiProperty({ ...stringMap, description: 'participant → status' }) statuses: Record<string, string>;
  @ApiProperty(idx) index: number | null;
}

export class HarmonizationStakeholderSchema {
  @ApiProperty() stakeholder: string;
  @ApiProperty() processes: number;
  @ApiProperty() harmonized: number;
  @ApiProperty(idx) index: number | null;
  @ApiProperty({ ...stringMap, description: 'process → status' }) statuses: Record<string, string>;
}

export class LagSummarySchema {
  @ApiProperty() adoptions: number;
  @ApiProperty(days) medianDays: number | null;
  @ApiProperty(days) p90Days: number | null;
}

export class StakeholderLagSchema extends LagSummarySchema {
  @ApiProperty() stakeholder: string;
}

export class AdoptionLagEntrySchema {
  @ApiProperty() processId: string;
  @ApiProperty() revision: number;
  @ApiProperty() stakeholder: string;
  @ApiProperty({ format: 'date-time' }) appliedAt: string;
  @ApiProperty() adoptedOn: string;
  @ApiProperty() lagDays: number;
}

export class AdoptionLagSchema {
  @ApiProperty({ type: LagSummarySchema }) overall: LagSummarySchema;
  @ApiProperty({ type: [StakeholderLagSchema] }) stakeholders: StakeholderLagSchema[];
  @ApiProperty({ type: [AdoptionLagEntrySchema] }) adoptions: AdoptionLagEntrySchema[];
}

export class OverdueAdopterSchema {
  @ApiProperty() processId: string;
  @ApiProperty() revision: number;
  @ApiProperty() stakeholder: string;
  @ApiProperty() targetDate: string;
  @ApiProperty() daysOverdue: number;
}

/** GET /reports/harmonization. */
export class HarmonizationReportResponse {
  @ApiProperty({ type: HarmonizationOverallSchema }) overall: HarmonizationOverallSchema;
  @ApiProperty({ type: [HarmonizationProcessSchema] }) processes: HarmonizationProcessSchema[];
  @ApiProperty({ type: [HarmonizationStakeholderSchema] }) stakeholders: HarmonizationStakeholderSchema[];
  @ApiProperty({ type: AdoptionLagSchema }) adoptionLag: AdoptionLagSchema;
  @ApiProperty({ type: [OverdueAdopterSchema] }) overdue: OverdueAdopterSchema[];
}

export class SeriesOverallSchema extends HarmonizationOverallSchema {
  @ApiProperty({ type: Number, nullable: true, description: 'index now minus at the previous point' }) drift: number | null;
}

export class SeriesProcessSchema {
  @ApiProperty() processId: string;
  @ApiProperty() headRevision: number;
  @ApiProperty(idx) index: number | null;
  @ApiProperty(nullableInt) drift: number | null;
}

export class SeriesStakeholderSchema {
  @ApiProperty() stakeholder: string;
  @ApiProperty(idx) index: number | null;
  @ApiProperty(nullableInt) drift: number | null;
}

export class SeriesPointSchema {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: SeriesOverallSchema }) overall: SeriesOverallSchema;
  @ApiProperty({ type: [SeriesProcessSchema] }) processes: SeriesProcessSchema[];
  @ApiProperty({ type: [SeriesStakeholderSchema] }) stakeholders: SeriesStakeholderSchema[];
}

export class RevisionLagSchema extends LagSummarySchema {
  @ApiProperty() processId: string;
  @ApiProperty() revision: number;
}

/** GET /reports/harmonization/series. */
export class HarmonizationSeriesResponse {
  @ApiProperty({ enum: ['day', 'week', 'month', 'quarter', 'year'] }) interval: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: [SeriesPointSchema] }) points: SeriesPointSchema[];
  @ApiProperty({ type: [RevisionLagSchema] }) adoptionLag: RevisionLagSchema[];
}

export class LevelDecisionsSchema {
  @ApiProperty() approve: number;
  @ApiProperty() reject: number;
  @ApiProperty() total: number;
}

export class LeadTimeSchema {
  @ApiProperty({ description: 'proposals decided' }) decided: number;
  @ApiProperty(days) median: number | null;
  @ApiProperty(days) p90: number | null;
}

/** GET /reports/governance. */
export class GovernanceReportResponse {
  @ApiProperty() proposals: number;
  @ApiProperty({ ...intMap, description: 'status → proposals' }) byStatus: Record<string, number>;
  @ApiProperty({ ...mapOf(LevelDecisionsSchema), description: `level (${LEVELS.join(', ')}) → decisions` })
  decisionsPerLevel: Record<string, LevelDecisionsSchema>;
  @ApiProperty() consensusDecisions: number;
  @ApiProperty() escalated: number;
  @ApiProperty({ type: Number, nullable: true }) escalationRate: number | null;
  @ApiProperty({ type: LeadTimeSchema, description: 'hours from submission to decision' }) leadTimeHours: LeadTimeSchema;
}

export class CoverageOverallSchema {
  @ApiProperty() steps: number;
  @ApiProperty() stepsWithTerms: number;
  @ApiProperty({ type: Number, nullable: true }) coverage: number | null;
}

export class CoverageProcessSchema extends CoverageOverallSchema {
  @ApiProperty() processId: string;
  @ApiProperty() name: string;
}

export class UnmappedLocalTermSchema {
  @ApiProperty() term: string;
  @ApiProperty() label: string;
  @ApiProperty() stakeholder: string;
  @ApiProperty({ type: [String] }) processes: string[];
}

/** GET /reports/nomenclature. */
export class NomenclatureReportResponse {
  @ApiProperty({ type: CoverageOverallSchema }) overall: CoverageOverallSchema;
  @ApiProperty({ type: [CoverageProcessSchema] }) processes: CoverageProcessSchema[];
  @ApiProperty({ type: [UnmappedLocalTermSchema] }) unmappedLocalTerms: UnmappedLocalTermSchema[];
  @ApiProperty({ type: [String], description: 'term ids steps name that the nomenclature does not hold' }) unknownTerms: string[];
}

export class VariantStepSchema {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class VariantSchema {
  @ApiProperty() stakeholder: string;
  @ApiProperty({ enum: ['deviating', 'needs-reapproval'] }) status: string;
  @ApiProperty() proposalId: string;
  @ApiProperty() rationale: string;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty() approvedAtRevision: number;
  @ApiProperty() revisionsBehind: number;
  @ApiProperty({ type: [VariantStepSchema] }) steps: VariantStepSchema[];
  @ApiProperty({ type: [VariantStepSchema] }) handovers: VariantStepSchema[];
  @ApiProperty() purpose: boolean;
  @ApiProperty() participantsChanged: boolean;
  @ApiProperty({ type: NeedsReapprovalSchema, nullable: true }) needsReapproval: NeedsReapprovalSchema | null;
}

export class VariantProcessSchema {
  @ApiProperty() processId: string;
  @ApiProperty() name: string;
  @ApiProperty() headRevision: number;
  @ApiProperty() participants: number;
  @ApiProperty({ type: [VariantSchema] }) variants: VariantSchema[];
}

export class VariantOverallSchema {
  @ApiProperty() processes: number;
  @ApiProperty() processesWithVariants: number;
  @ApiProperty() variants: number;
  @ApiProperty() needsReapproval: number;
}

/** GET /reports/variants. */
export class VariantReportResponse {
  @ApiProperty({ type: VariantOverallSchema }) overall: VariantOverallSchema;
  @ApiProperty({ type: [VariantProcessSchema] }) processes: VariantProcessSchema[];
}

export class LastReviewSchema {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['registered', 'revision', 'no-change'] }) kind: string;
  @ApiProperty() by: string;
  @ApiProperty() revision: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

export class NoChangeReviewSchema {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() by: string;
  @ApiProperty() comment: string;
}

export class ProcessReviewSchema {
  @ApiProperty() processId: string;
  @ApiProperty() name: string;
  @ApiProperty() owner: string;
  @ApiProperty() intervalMonths: number;
  @ApiProperty({ type: LastReviewSchema }) lastReview: LastReviewSchema;
  @ApiProperty() nextDue: string;
  @ApiProperty({ enum: ['overdue', 'due', 'scheduled'] }) status: string;
  @ApiProperty() daysOverdue: number;
  @ApiProperty({ type: [NoChangeReviewSchema] }) noChangeReviews: NoChangeReviewSchema[];
}

/** GET /reports/reviews. */
export class ReviewsReportResponse {
  @ApiProperty({ example: '2026-03-02' }) on: string;
  @ApiProperty() dueWithinDays: number;
  @ApiProperty({ type: [ProcessReviewSchema] }) processes: ProcessReviewSchema[];
  @ApiProperty({ type: [ProcessReviewSchema] }) due: ProcessReviewSchema[];
  @ApiProperty({ type: [ProcessReviewSchema] }) overdue: ProcessReviewSchema[];
  @ApiProperty({ type: [String] }) withoutCycle: string[];
}

