import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { decimal, freeForm, mapOf } from '../swagger/schema-helpers';

/** OpenAPI: GET /health and the probes (docs/api.md "Health"). */
export class StoreHealthSchema {
  @ApiProperty() reachable: boolean;
  @ApiProperty({ ...decimal, nullable: true }) headPosition: string | null;
  @ApiPropertyOptional() error?: string;
}

export class ProjectionsHealthSchema {
  @ApiProperty({ ...decimal, nullable: true }) position: string | null;
  @ApiProperty({ type: Number, nullable: true }) lag: number | null;
  @ApiPropertyOptional({ type: 'array', items: freeForm, description: 'read models set aside, each with why' }) failed?: Record<string, unknown>[];
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: string;
  @ApiProperty({ type: StoreHealthSchema }) store: StoreHealthSchema;
  @ApiProperty({ type: ProjectionsHealthSchema }) projections: ProjectionsHealthSchema;
  @ApiPropertyOptional({ ...freeForm, description: 'the catch-up subscriptions' }) subscriptions?: Record<string, unknown>;
}

export class HealthIndicatorSchema {
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
}

/** @nestjs/terminus's answer: each check by name in `details`, the failing ones also in `error`. */
export class HealthProbeResponse {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status: string;
  @ApiPropertyOptional({ ...mapOf(HealthIndicatorSchema), description: 'checks that are up (each with its own fields)' }) info?: Record<string, HealthIndicatorSchema>;
  @ApiPropertyOptional(mapOf(HealthIndicatorSchema)) error?: Record<string, HealthIndicatorSchema>;
  @ApiProperty(mapOf(HealthIndicatorSchema)) details: Record<string, HealthIndicatorSchema>;
}
