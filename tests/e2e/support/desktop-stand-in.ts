/**
 * The desktop shell's `window.thongbao` stood in (Electron cannot run here; its main-process side is tested in
 * tests/electron): every API method relayed to the real web host, as the preload relays it over IPC. A test adds the
 * desktop calls it needs with its own init script, through `window.standIn` (`call` reaches the API, `bridge` is the
 * object the app sees); init scripts run in the order they are added, all before the app's scripts.
 */
import { apiMethodNames } from '../../../shared/api';
import type { RunningApp } from './app';

export type StandInResult = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface StandIn {
  call(method: string, request: unknown): Promise<StandInResult>;
  bridge: Record<string, unknown>;
}

/** Where a stand-in save dialog "saves" (the desktop file service writes the file in the main process). */
export const SAVE_FOLDER = '/home/thu-ky/Tài liệu';

export async function installApiRelay(app: RunningApp): Promise<void> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  await app.page.addInitScript(
    ({ token, methods }) => {
      const call = async (method: string, request: unknown): Promise<StandInResult> => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-ThongBao-Token': token },
          body: JSON.stringify(request ?? {}),
        });
        const body = (await response.json()) as { error?: unknown };
        return response.ok ? { ok: true, value: body } : { ok: false, error: body.error };
      };
      const bridge: Record<string, unknown> = Object.fromEntries(methods.map((method) => [method, (request: unknown) => call(method, request)]));
      bridge.onMenuCommand = () => () => undefined;
      const page = window as unknown as { thongbao: unknown; standIn: StandIn };
      page.thongbao = bridge;
      page.standIn = { call, bridge };
    },
    { token, methods: apiMethodNames as string[] },
  );
}
