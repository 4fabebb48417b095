import { getSchemaPath } from '@nestjs/swagger';
import type { Type } from '@nestjs/common';

/** OpenAPI fragments the *.response.ts classes share (docs/openapi.md). */
export const nullableString = { type: String, nullable: true } as const;
export const nullableInt = { type: Number, nullable: true } as const;
export const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
export const intMap = { type: 'object', additionalProperties: { type: 'number' } } as const;
export const stringListMap = { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } } as const;
/** Models referenced only by path (a map's values): setup-swagger.ts adds them to the document. */
export const REFERENCED_MODELS = new Set<Type<unknown>>();

/** A map keyed by id (stakeholder, process …) whose values are `model`. */
export const mapOf = (model: Type<unknown>) => {
  REFERENCED_MODELS.add(model);
  return { type: 'object', additionalProperties: { $ref: getSchemaPath(model) } } as const;
};
/** A map keyed by id whose values are lists of `model`. */
export const listMapOf = (model: Type<unknown>) => {
  REFERENCED_MODELS.add(model);
  return { type: 'object', additionalProperties: { type: 'array', items: { $ref: getSchemaPath(model) } } } as const;
};

/** A free-form object whose keys the event or check decides (an event's data, a health check's details). */
export const freeForm = { type: 'object', additionalProperties: true } as const;
/** Positions and revisions beyond 2^53 travel as decimal strings. */
export const decimal = { type: String, pattern: '^[0-9]+$', example: '42' } as const;
export const LEVELS = ['object', 'administration', 'portfolio'];
