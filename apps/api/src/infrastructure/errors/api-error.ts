/** The one error shape of the API (docs/api.md "Errors"). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

/** An error the HTTP layer itself refuses with (auth, validation, headers, missing read-model rows). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { statusCode: this.statusCode, code: this.code, message: this.message }
      : { statusCode: this.statusCode, code: this.code, message: this.message, details: this.details };
  }
}

export const ApiErrorCodes = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  JSON_TOO_DEEP: 'JSON_TOO_DEEP',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOKEN_EXPIRY_REQUIRED: 'TOKEN_EXPIRY_REQUIRED',
  TOKEN_LIFETIME_TOO_LONG: 'TOKEN_LIFETIME_TOO_LONG',
  IDENTITY_PROVIDER_UNAVAILABLE: 'IDENTITY_PROVIDER_UNAVAILABLE',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONCURRENCY_CONFLICT: 'CONCURRENCY_CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_ACCEPTABLE: 'NOT_ACCEPTABLE',
  RATE_LIMITED: 'RATE_LIMITED',
  TOO_MANY_FAILED_SIGN_INS: 'TOO_MANY_FAILED_SIGN_INS',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;

export const notFound = (what: string): ApiError => new ApiError(404, ApiErrorCodes.NOT_FOUND, `${what} not found`);
