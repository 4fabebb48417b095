import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import type { AsOf } from '@samsyn/projections/read-model-queries.port';
import { ApiError, ApiErrorCodes } from '../errors/api-error';

/** `?asOf=<ISO instant>` or `?asOfPosition=<global position>`: every read can answer as it would have then. */
export class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'ISO-8601 instant: answer as of then', example: '2024-05-01T12:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  asOf?: string;

  @ApiPropertyOptional({ description: 'global position: answer as of that event', example: '42' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'asOfPosition must be a non-negative integer' })
  asOfPosition?: string;
}

export const toAsOf = (q: AsOfQueryDto): AsOf => {
  if (q.asOf !== undefined && q.asOfPosition !== undefined) {
    throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'give asOf or asOfPosition, not both', [
      { field: 'asOf', errors: ['asOf and asOfPosition are mutually exclusive'] },
    ]);
  }
  if (q.asOfPosition !== undefined) return { position: BigInt(q.asOfPosition) };
  if (q.asOf !== undefined) {
    const t = Date.parse(q.asOf);
    if (Number.isNaN(t)) {
      throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'asOf is not a valid instant', [{ field: 'asOf', errors: ['asOf must be an ISO-8601 instant'] }]);
    }
    return { instant: new Date(t).toISOString() };
  }
  return undefined;
};
