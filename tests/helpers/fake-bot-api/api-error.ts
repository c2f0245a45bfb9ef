import type { ApiErrorSpec, Json } from './types.js';

/**
 * Represents a Bot API error answer. Method handlers throw it; the server turns it into
 * `{ ok: false, error_code, description, parameters? }` with the same HTTP status.
 */
export class ApiError extends Error {
  readonly code: number;
  readonly description: string;
  readonly retryAfter: number | undefined;

  constructor(spec: ApiErrorSpec) {
    super(spec.description);
    this.name = 'ApiError';
    this.code = spec.code;
    this.description = spec.description;
    this.retryAfter = spec.retryAfter;
  }

  /** The JSON body Telegram sends for this error. */
  toBody(): Json {
    const body: Json = { ok: false, error_code: this.code, description: this.description };
    if (this.retryAfter !== undefined) body.parameters = { retry_after: this.retryAfter };
    return body;
  }

  /** The error as a plain spec, for call recordings. */
  toSpec(): ApiErrorSpec {
    return this.retryAfter === undefined
      ? { code: this.code, description: this.description }
      : { code: this.code, description: this.description, retryAfter: this.retryAfter };
  }
}

/** Builds a 400 error; `detail` is the text after "Bad Request: ". */
export function badRequest(detail: string): ApiError {
  return new ApiError({ code: 400, description: `Bad Request: ${detail}` });
}

/** Builds a 403 error; `detail` is the text after "Forbidden: ". */
export function forbidden(detail: string): ApiError {
  return new ApiError({ code: 403, description: `Forbidden: ${detail}` });
}

/** Builds a 429 error with Telegram's wording and `parameters.retry_after`. */
export function tooManyRequests(retryAfter: number): ApiError {
  return new ApiError({ code: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter });
}
