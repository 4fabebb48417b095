import { ApiProperty } from '@nestjs/swagger';
import { decimal, nullableInt, nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: stakeholders as GET /stakeholders lists them and as their writes answer (StakeholderState). */
const KINDS = ['committee', 'company', 'administration', 'office'];

export class StakeholderResponse {
  @ApiProperty({ example: 'ksn' }) id: string;
  @ApiProperty({ example: 'Kommunstyrelsen' }) name: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() retired: boolean;
  @ApiProperty(nullableString) retiredReason: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
}

/** GET /stakeholders/:id/history: one change that affected the stakeholder. */
export class StakeholderHistoryEntryResponse {
  @ApiProperty(decimal) position: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() actor: string;
  @ApiProperty({ example: 'ProcessRegistered' }) type: string;
  @ApiProperty(nullableString) processId: string | null;
  @ApiProperty(nullableString) proposalId: string | null;
  @ApiProperty(nullableInt) revision: number | null;
  @ApiProperty({ example: 'process LF-01 registered' }) what: string;
  @ApiProperty(nullableString) why: string | null;
}
