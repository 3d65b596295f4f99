/** The Vietnamese application menu. Commands the page carries out are sent to it; the rest are Electron roles. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/desktop-bridge';

export interface MenuActions {
  send(command: MenuCommand): void;
  showAbout(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Adds the developer tools (never in the packaged app). */
  developer: boolean;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(name),
  });
  const mac = options.platform === 'darwin';
  return [
    {
      label: 'Tệp',
      submenu: [
        command('Thông báo mới', 'new-notice', 'CmdOrCtrl+N'),
        command('Tạo từ thông báo trước', 'new-from-previous', 'CmdOrCtrl+Shift+N'),
        command('Nhập từ tệp…', 'import', 'CmdOrCtrl+O'),
        command('Mở thư viện', 'open-library', 'CmdOrCtrl+L'),
        { type: 'separator' },
        command('Lưu', 'save', 'CmdOrCtrl+S'),
        command('Xuất .docx…', 'export', 'CmdOrCtrl+E'),
        command('Xuất PDF…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        command('Cài đặt', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: mac ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: 'Làm lại', role: 'redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: 'Thu nhỏ', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
        ...(options.developer
          ? ([
              { type: 'separator' },
              { label: 'Tải lại trang', role: 'reload' },
              { label: 'Công cụ phát triển', role: 'toggleDevTools' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        command('Hướng dẫn sử dụng', 'help', 'F1'),
        { type: 'separator' },
        { label: 'Giới thiệu ThongBao Studio', click: () => actions.showAbout() },
      ],
    },
  ];
}
