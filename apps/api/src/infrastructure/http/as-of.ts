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
  if (q.asOfPosition !== undefined) {
    // Positions are counted in JavaScript numbers elsewhere (lag, metrics): beyond 2^53 − 1 no
    // store holds one, and a number that size is a probe, not a question. Below it, a position past
    // the head answers as of the head.
    const position = BigInt(q.asOfPosition);
    if (position > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, `asOfPosition must be at most ${Number.MAX_SAFE_INTEGER}`, [
        { field: 'asOfPosition', errors: [`asOfPosition must be a non-negative integer at most ${Number.MAX_SAFE_INTEGER}`] },
      ]);
    }
    return { position };
  }
  if (q.asOf !== undefined) {
    const t = Date.parse(q.asOf);
    if (Number.isNaN(t)) {
      throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'asOf is not a valid instant', [{ field: 'asOf', errors: ['asOf must be an ISO-8601 instant'] }]);
    }
    return { instant: new Date(t).toISOString() };
  }
  return undefined;
};
