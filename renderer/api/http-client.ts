/**
 * The API over HTTP, for the page served by the local web host: `POST /api/<method>` with the JSON request and
 * the per-launch token in a header. Failures come back as the same ApiError the other transports throw; a
 * network failure stays the TypeError fetch throws (the app tells the user the host cannot be reached).
 */
import { TOKEN_HEADER } from '../../shared/security/token-header';
import type { Api, ApiMethodName, ApiRequest, ApiResponse } from '../../shared/api';
import { ApiError } from '../../shared/api-error';
import { apiMethodNames } from '../../shared/api-methods';
import { apiErrorFrom } from './error-payload';

const TOKEN_STORAGE_KEY = 'thongbao-token';

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = await apiErrorFrom((body as { error?: unknown } | undefined)?.error);
  return error ?? new ApiError('internal', `Máy chủ cục bộ trả lời lỗi ${response.status}. Dữ liệu đã lưu không bị ảnh hưởng.`);
}

/** The typed API object reaching the web host at `baseUrl` (e.g. the page's own origin). */
export function createHttpApi(baseUrl: string, token: string): Api {
  const root = baseUrl.replace(/\/+$/u, '');
  const call = async <M extends ApiMethodName>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> => {
    const response = await fetch(`${root}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(request ?? {}),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) throw await errorFrom(response);
    return (await response.json()) as ApiResponse<M>;
  };
  return Object.fromEntries(apiMethodNames.map((method) => [method, (request: never) => call(method, request)])) as Api;
}

/**
 * The token the web host printed in the page address (`?token=…`). It is kept in the tab's session storage, so a
 * reload or a link inside the app that drops the query string still works; a new address with a new token wins.
 */
export function readTokenFromPage(location: Pick<Location, 'search'>, storage?: Pick<Storage, 'getItem' | 'setItem'>): string | undefined {
  const fromUrl = new URLSearchParams(location.search).get('token')?.trim();
  if (fromUrl) {
    storage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return storage?.getItem(TOKEN_STORAGE_KEY) ?? undefined;
}

/**
 * The page's address without the token, or undefined when it carries none: once the token is in session storage
 * it is taken out of the address bar, so it is not left in the browser's history, bookmarks or a shared screen.
 */
export function addressWithoutToken(href: string): string | undefined {
  const url = new URL(href);
  if (!url.searchParams.has('token')) return undefined;
  url.searchParams.delete('token');
  return `${url.pathname}${url.search}${url.hash}`;
}
