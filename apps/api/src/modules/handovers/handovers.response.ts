import { ApiProperty } from '@nestjs/swagger';
import { nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: GET /handovers (libs/projections/src/handovers/handover-register.ts). */
export class HandoverSideSchema {
  @ApiProperty() stakeholder: string;
  @ApiProperty(nullableString) stakeholderName: string | null;
  @ApiProperty() step: string;
  @ApiProperty() stepName: string;
  @ApiProperty({ type: [String] }) systems: string[];
  @ApiProperty({ type: [String] }) terms: string[];
}

export class HandoverEntrySchema {
  @ApiProperty() processId: string;
  @ApiProperty() processName: string;
  @ApiProperty() revision: number;
  @ApiProperty() handoverId: string;
  @ApiProperty() artifact: string;
  @ApiProperty({ type: HandoverSideSchema }) from: HandoverSideSchema;
  @ApiProperty({ type: HandoverSideSchema }) to: HandoverSideSchema;
  @ApiProperty({ type: [String] }) commonSystems: string[];
  @ApiProperty({ type: [String] }) commonTerms: string[];
  @ApiProperty(nullableString) artifactTerm: string | null;
  @ApiProperty() flagged: boolean;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: ['NO_COMMON_SYSTEM', 'NO_COMMON_TERM'] } }) reasons: string[];
}

export class HandoverSummarySchema {
  @ApiProperty() handovers: number;
  @ApiProperty() flagged: number;
}

export class HandoverRegisterResponse {
  @ApiProperty(nullableString) stakeholder: string | null;
  @ApiProperty({ type: HandoverSummarySchema }) summary: HandoverSummarySchema;
  @ApiProperty({ type: [HandoverEntrySchema] }) handovers: HandoverEntrySchema[];
}
