/**
 * Which transport the page talks through: the desktop shell's preload bridge when present (it exposes the same
 * Api object as `window.thongbaoApi`), otherwise the local web host over HTTP with the token from the address.
 */
import type { Api } from '../../shared/api';
import { createHttpApi, readTokenFromPage } from '../api/http-client';

declare global {
  interface Window {
    thongbaoApi?: Api;
  }
}

export function resolveApi(): Api | undefined {
  if (window.thongbaoApi) return window.thongbaoApi;
  const token = readTokenFromPage(window.location, window.sessionStorage);
  return token ? createHttpApi(window.location.origin, token) : undefined;
}
