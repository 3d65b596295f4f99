/**
 * "Xuất .docx": in the desktop shell the main process asks where to save and writes the file (the desktop file
 * service); in a browser the web host returns the bytes and the browser downloads them. Either way the result is
 * what to tell the user, or undefined when the user cancelled the save dialog.
 */
import type { Api } from '../../shared/api';
import { exportToFileDialog, getDesktopBridge } from '../api/electron-client';
import { DOCX_MIME, downloadBase64 } from './download';

export async function exportNoticeDocx(api: Api, id: string): Promise<string | undefined> {
  const bridge = getDesktopBridge();
  if (bridge) {
    const saved = await exportToFileDialog(bridge, { id });
    return saved.savedPath === undefined ? undefined : `Đã lưu vào ${saved.savedPath}`;
  }
  const { fileName, base64 } = await api.exportDocx({ id });
  downloadBase64(fileName, base64, DOCX_MIME);
  return `Đã xuất tệp ${fileName}.`;
}
