import { ApiProperty, OmitType } from '@nestjs/swagger';
import { nullableString, stringListMap } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: the nomenclature (GET /terms) and a term's writes (TermState). */
export class TermStateResponse {
  @ApiProperty() exists: boolean;
  @ApiProperty({ example: 'hyresavtal' }) id: string;
  @ApiProperty() label: string;
  @ApiProperty() definition: string;
  @ApiProperty() version: number;
  @ApiProperty() deprecated: boolean;
  @ApiProperty(nullableString) replacedBy: string | null;
  @ApiProperty({ ...stringListMap, description: 'stakeholder → its local labels for the term' }) synonyms: Record<string, string[]>;
}

/** GET /terms: the state without its bookkeeping, with why it was deprecated. */
export class TermResponse extends OmitType(TermStateResponse, ['exists'] as const) {
  @ApiProperty(nullableString) deprecationReason: string | null;
}
