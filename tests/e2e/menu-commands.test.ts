/**
 * The desktop menu's commands carried out by the renderer, in Chromium. Electron cannot be installed here, so the
 * preload's `window.thongbao` is stood in by an init script that relays every API call to the real web host (the
 * same requests and answers the preload relays over IPC) and lets the test choose menu commands; its
 * importFromFile answers with the real previewImport of a .docx, as the main process's dialog does, and its
 * exportToFile builds the real .docx and answers with the path a save dialog would have chosen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MenuCommand } from '../../shared/desktop-bridge';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { poll, type RunningApp, useApp } from './support/app';
import { skipReason } from './support/browser';
import { installApiRelay, SAVE_FOLDER, type StandIn, type StandInResult } from './support/desktop-stand-in';
import { openNoticeId, passExportDialog, waitForEditor } from './support/editor';
import { loadSample } from './support/notices';

interface StandInWindow {
  chooseMenu(command: MenuCommand): void;
  nextImportFile?: { fileName: string; base64: string };
  pdfRequests?: string[];
}

/** The stand-in bridge with the desktop's file calls and menu, before the app's scripts run. */
async function installBridge(app: RunningApp): Promise<void> {
  await installApiRelay(app);
  await app.page.addInitScript(
    ({ SAVE_FOLDER }) => {
      const page = window as unknown as StandInWindow & { standIn: StandIn };
      const { call, bridge } = page.standIn;
      const listeners = new Set<(command: string) => void>();
      bridge.importFromFile = async (): Promise<StandInResult> => {
        const file = page.nextImportFile;
        if (!file) return { ok: true, value: { cancelled: true } };
        const result = await call('previewImport', file);
        return result.ok ? { ok: true, value: { cancelled: false, fileName: file.fileName, result: result.value } } : result;
      };
      bridge.exportToFile = async (request: { id: string }): Promise<StandInResult> => {
        const built = await call('exportDocx', request);
        if (!built.ok) return built;
        return { ok: true, value: { fileName: (built.value as { fileName: string }).fileName, savedPath: `${SAVE_FOLDER}/TB-menu.docx` } };
      };
      // The main process makes and saves the PDF itself (electron/main/export-pdf.ts, tested on the Node side).
      bridge.exportPdfToFile = async (request: { id: string }): Promise<StandInResult> => {
        page.pdfRequests = [...(page.pdfRequests ?? []), request.id];
        return { ok: true, value: { fileName: 'TB-menu.pdf', savedPath: `${SAVE_FOLDER}/TB-menu.pdf`, route: 'print-view' } };
      };
      bridge.onMenuCommand = (listener: (command: string) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      page.chooseMenu = (command) => listeners.forEach((listener) => listener(command));
    },
    { SAVE_FOLDER },
  );
}

function chooseMenu(page: Page, command: MenuCommand): Promise<void> {
  return page.evaluate((name) => (window as unknown as StandInWindow).chooseMenu(name), command);
}

describe.skipIf(skipReason)('desktop menu commands', () => {
  const app = useApp({ onStart: installBridge });

  it('opens the template picker, saves and exports from the editor, and moves between screens', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Thư viện thông báo' }).waitFor();

    // Save and export need an open notice.
    await chooseMenu(page, 'save');
    await page.getByRole('status').filter({ hasText: 'Hãy mở một thông báo để lưu.' }).waitFor();

    await chooseMenu(page, 'new-notice');
    const picker = page.getByRole('dialog', { name: 'Thông báo mới — chọn mẫu' });
    await picker.getByRole('listitem').first().getByRole('button').click();
    await waitForEditor(page);
    const id = openNoticeId(page);

    await chooseMenu(page, 'save');
    await poll(async () => (await app.api.listRevisions({ id })).revisions.some((revision) => revision.reason === 'manual')).toBe(true);

    // The template's blanks are still "…": the checks ask first, and "Vẫn xuất" exports.
    await chooseMenu(page, 'export');
    await passExportDialog(page, Promise.resolve(), true);
    await page.getByRole('status').filter({ hasText: `Đã lưu vào ${SAVE_FOLDER}/TB-menu.docx` }).waitFor();

    // "Xuất PDF" goes through the desktop channel: saved by the shell, the editor stays (no print view in the page).
    await chooseMenu(page, 'export-pdf');
    await passExportDialog(page, Promise.resolve(), true);
    await page.getByRole('status').filter({ hasText: `vào ${SAVE_FOLDER}/TB-menu.pdf` }).waitFor();
    expect(await page.evaluate(() => (window as unknown as StandInWindow).pdfRequests)).toEqual([id]);
    expect(openNoticeId(page)).toBe(id);

    await chooseMenu(page, 'open-library');
    await page.getByRole('heading', { level: 1, name: 'Thư viện thông báo' }).waitFor();
    await chooseMenu(page, 'settings');
    await page.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();

    await chooseMenu(page, 'new-from-previous');
    await page.getByRole('dialog', { name: 'Tạo từ thông báo trước' }).getByLabel('Thông báo gốc').waitFor();
    await page.keyboard.press('Escape');

    await chooseMenu(page, 'help');
    await page.getByRole('dialog', { name: 'Hướng dẫn sử dụng — phím tắt' }).waitFor();
  });

  it('"Nhập từ tệp…" opens the file dialog and shows the preview, from any screen', async () => {
    const { page } = app;
    const sample = loadSample();
    const base64 = Buffer.from(await buildNoticeDocx(sample)).toString('base64');
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Thư viện thông báo' }).waitFor();

    // Cancelled dialog: the import form, nothing else.
    await chooseMenu(page, 'import');
    await page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).waitFor();
    expect(await page.getByRole('button', { name: 'Chọn tệp .docx hoặc .txt…' }).isVisible()).toBe(true);

    await page.evaluate((file) => {
      (window as unknown as StandInWindow).nextImportFile = file;
    }, { fileName: 'TB-thang-9.docx', base64 });
    await chooseMenu(page, 'open-library');
    await page.getByRole('heading', { level: 1, name: 'Thư viện thông báo' }).waitFor();
    await chooseMenu(page, 'import');
    await page.getByRole('heading', { level: 1, name: 'Xem trước: tệp TB-thang-9.docx' }).waitFor();
    const tasks = sample.body.filter((block) => block.type === 'task').length;
    await poll(() => page.locator('.import-task').count()).toBe(tasks);
  });
});
