/** The texts of the shell's message boxes, as plain option objects. */
import type { MessageBoxOptions } from 'electron';

export function confirmExternalLinkDialog(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Mở liên kết',
    message: 'Mở liên kết này trong trình duyệt?',
    detail: url,
    buttons: ['Mở trong trình duyệt', 'Không mở'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** After the page's process died: say so; the window reloads and the notice comes back from the library. */
export function rendererCrashDialog(reason: string, exitCode: number): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Sự cố',
    message: 'Trang soạn thảo gặp sự cố và sẽ được tải lại.',
    detail:
      'Các thay đổi đã được tự động lưu vẫn còn trong thư viện; nội dung gõ trong vài giây cuối có thể cần gõ lại.\n' +
      `Mã sự cố: ${reason} (${exitCode}).`,
    buttons: ['Tải lại'],
    noLink: true,
  };
}

export function aboutDialog(version: string, dataDir: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Giới thiệu',
    message: `ThongBao Studio ${version}`,
    detail: `Soạn thảo Thông báo kết luận theo Nghị định 30/2020/NĐ-CP.\nThư mục dữ liệu: ${dataDir}`,
    buttons: ['Đóng'],
    noLink: true,
  };
}

export function databaseProblemDialog(message: string, canMoveAside: boolean): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Không mở được dữ liệu',
    message: 'Không mở được kho dữ liệu của ThongBao Studio.',
    detail: message,
    buttons: canMoveAside ? ['Thoát', 'Chuyển tệp hỏng sang một bên và bắt đầu mới'] : ['Thoát'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
