/**
 * Which transport the page talks through: the desktop shell's preload bridge when present (`window.thongbao`, see
 * renderer/api/electron-client.ts), otherwise the local web host over HTTP with the token from the address (kept in
 * the tab's session storage and taken out of the address bar).
 */
import type { Api } from '../../shared/api';
import { getElectronApi } from '../api/electron-client';
import { addressWithoutToken, createHttpApi, readTokenFromPage } from '../api/http-client';

export function resolveApi(): Api | undefined {
  const desktop = getElectronApi();
  if (desktop) return desktop;
  const token = readTokenFromPage(window.location, window.sessionStorage);
  const cleaned = addressWithoutToken(window.location.href);
  if (token && cleaned !== undefined) window.history.replaceState(window.history.state, '', cleaned);
  return token ? createHttpApi(window.location.origin, token) : undefined;
}
