/**
 * The error every transport carries unchanged (its payload's schema is ApiErrorPayloadSchema in api.ts). Apart from
 * the schemas, so that the page's first script, which sends the opening notice's request, builds no schema.
 */
export const API_ERROR_CODES = ['invalid-request', 'not-found', 'conflict', 'read-only', 'storage', 'file', 'unauthorized', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** `message` is Vietnamese, for the user; `problems` name the invalid fields of a request. */
export interface ApiErrorPayload {
  code: ApiErrorCode;
  message: string;
  problems?: { path: string; message: string }[] | undefined;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly problems?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toPayload(): ApiErrorPayload {
    return { code: this.code, message: this.message, ...(this.problems ? { problems: this.problems } : {}) };
  }

  static fromPayload(payload: ApiErrorPayload): ApiError {
    return new ApiError(payload.code, payload.message, payload.problems);
  }
}
