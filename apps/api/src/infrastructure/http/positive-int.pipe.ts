import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiError, ApiErrorCodes } from '../errors/api-error';

/** Revision numbers in paths: 1, 2, 3 … anything else is the client's mistake (400), not a 404 or a 500. */
@Injectable()
export class PositiveIntPipe implements PipeTransform<string, number> {
  transform(value: string, meta: ArgumentMetadata): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) {
      const field = meta.data ?? 'value';
      throw new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, `${field} must be a positive integer`, [{ field, errors: [`${field} must be a positive integer`] }]);
    }
    return Number(value);
  }
}
