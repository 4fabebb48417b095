import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';

/** OpenAPI: the process definition of docs/product.md (libs/domain/src/process/definition.ts),
 * for requests and answers alike. Steps and handovers are maps keyed by id. */
const GATEWAYS = ['exclusive', 'inclusive', 'parallel'];

export class StepSchema {
  @ApiProperty({ example: 'Beskriv lokalbehov' }) name: string;
  @ApiProperty({ example: 'ksn', description: 'the stakeholder performing the step' }) performer: string;
  @ApiProperty({ example: 1 }) order: number;
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ type: [String] }) terms?: string[];
  @ApiPropertyOptional({ type: [String] }) systems?: string[];
}

export class HandoverSchema {
  @ApiProperty({ example: 's1' }) from: string;
  @ApiProperty({ example: 's2' }) to: string;
  @ApiProperty({ example: 'behovsbeskrivning' }) artifact: string;
  @ApiPropertyOptional() condition?: string;
  @ApiPropertyOptional({ enum: GATEWAYS }) split?: 'exclusive' | 'inclusive' | 'parallel';
  @ApiPropertyOptional({ enum: GATEWAYS }) join?: 'exclusive' | 'inclusive' | 'parallel';
}

export class ProcessDefinitionSchema {
  @ApiProperty({ example: 'Analysera lokalbehov' }) purpose: string;
  @ApiProperty({ type: [String], example: ['ksn', 'uppsalahem'] }) participants: string[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(StepSchema) }, description: 'step id → step' })
  steps: Record<string, StepSchema>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(HandoverSchema) }, description: 'handover id → handover' })
  handovers: Record<string, HandoverSchema>;
}

/** Any JSON value, null too (a patch operation's `value`): OpenAPI 3.0 has no null type, so null rides on the string. */
export const ANY_JSON = {
  oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }, { type: 'array', items: {} }],
} as { oneOf: SchemaObject[] };

export const PATCH_OP_NAMES = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

/** An RFC 6902 operation as a proposal holds it. */
export class PatchOperationSchema {
  @ApiProperty({ enum: PATCH_OP_NAMES }) op: string;
  @ApiProperty({ example: '/steps/s1/name' }) path: string;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'add, replace and test' }) value?: unknown;
  @ApiPropertyOptional({ description: 'move and copy' }) from?: string;
}

/** The schemas above are referenced by path only: list them once so the document holds them. */
export const DEFINITION_SCHEMAS = [StepSchema, HandoverSchema, ProcessDefinitionSchema, PatchOperationSchema];
