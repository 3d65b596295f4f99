/**
 * The boundary every transport goes through: validate the payload against the method's request schema,
 * call the implementation, and turn any failure into an ApiError with a Vietnamese message.
 */
import { ApiError, apiMethods, isApiMethodName, type ApiImplementation, type ApiMethodName, type ApiResponse } from './api';
import { limitMessages } from './notice/limited-schema';
import { problemsFromZodError } from './notice/validate';
import type { z } from 'zod';

/** The payload checked against the method's request schema, with its defaults; ApiError('invalid-request') if it fails. */
export function parseApiRequest<M extends ApiMethodName>(method: M, payload: unknown): z.output<(typeof apiMethods)[M]['request']> {
  const parsed = apiMethods[method].request.safeParse(payload ?? {});
  if (!parsed.success) {
    // A field over its length limit is named in the message itself ("Trích yếu dài quá 1.000 ký tự…").
    const tooLong = limitMessages(parsed.error);
    const message = tooLong.length > 0 ? `Dữ liệu gửi lên không hợp lệ: ${tooLong.join(' ')}` : 'Dữ liệu gửi lên không hợp lệ.';
    throw new ApiError('invalid-request', message, problemsFromZodError(parsed.error));
  }
  return parsed.data as z.output<(typeof apiMethods)[M]['request']>;
}

export async function dispatchApiCall(
  implementation: ApiImplementation,
  method: string,
  payload: unknown,
): Promise<ApiResponse<ApiMethodName>> {
  if (!isApiMethodName(method)) throw new ApiError('invalid-request', `Không có thao tác "${method}".`);
  const request = parseApiRequest(method, payload);
  const handler = implementation[method] as (request: unknown) => Promise<ApiResponse<ApiMethodName>> | ApiResponse<ApiMethodName>;
  return await handler(request);
}

/** Any thrown value as an ApiError; unexpected errors keep their detail out of the user's message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('internal', 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.');
}
