/**
 * The ApiError an error payload from the host stands for. The payload's schema (shared/api.ts, with every schema of
 * the API) is loaded with the first error, not with the page: the first script, which sends the opening notice's
 * request, stays small and builds no schema.
 */
import { ApiError } from '../../shared/api-error';

export async function apiErrorFrom(payload: unknown): Promise<ApiError | undefined> {
  const { ApiErrorPayloadSchema } = await import('../../shared/api');
  const parsed = ApiErrorPayloadSchema.safeParse(payload);
  return parsed.success ? ApiError.fromPayload(parsed.data) : undefined;
}
