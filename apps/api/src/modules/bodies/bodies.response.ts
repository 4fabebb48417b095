import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEVELS, nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: a governance body as GET /bodies lists it and as its writes answer (GovernanceBodyState). */
export class GovernanceBodyResponse {
  @ApiProperty({ example: 'objekt-lokal' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LEVELS }) level: string;
  @ApiProperty({ ...nullableString, description: 'the body one level up; null for the portfolio level' }) parent: string | null;
  @ApiProperty({ type: [String], description: 'principal ids' }) members: string[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'whole SEK a year; null or absent: no frame' }) budgetFrame?: number | null;
}

