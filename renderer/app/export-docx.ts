/**
 * "Xuất .docx": in the desktop shell the main process asks where to save and writes the file (the desktop file
 * service); in a browser the web host returns the bytes and the browser downloads them. Either way the result is
 * what to tell the user, or undefined when the user cancelled the save dialog.
 */
import type { Api } from '../../shared/api';
import { exportToFileDialog, getDesktopBridge } from '../api/electron-client';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

/** Hands the browser a file to download. */
function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously from the click.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
