import type { ValidationError, ValidationPipe } from '@nestjs/common';
import { OwnKeysValidationPipe } from '../validation/own-keys-validation-pipe';
import { ApiError, ApiErrorCodes } from './api-error';

export interface FieldError {
  field: string;
  errors: string[];
}

/** Flattens class-validator's tree into `[{field: "changes.0.path", errors: [...]}]`. */
export const flattenValidationErrors = (errors: ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, errors: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });

export const validationFailed = (details: FieldError[]): ApiError =>
  new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, 'the request is invalid', details);

export const createValidationPipe = (): ValidationPipe =>
  new OwnKeysValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
