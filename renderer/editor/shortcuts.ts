/**
 * The editor's keyboard shortcuts as the help (F1) lists them: one list, beside the code that handles them, so the
 * help shows only keys that work in the editor in every host (a browser and the desktop app alike).
 */
export interface Shortcut {
  keys: string;
  action: string;
}

export const CONFIRM_AND_NEXT_KEYS = 'Ctrl+Shift+Enter';

export const EDITOR_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+S', action: 'Lưu một phiên bản' },
  { keys: 'Ctrl+E', action: 'Xuất tệp .docx' },
  { keys: 'Ctrl+Shift+E', action: 'Xuất PDF để ký số' },
  { keys: 'Ctrl+F', action: 'Tìm trong toàn thông báo (không phân biệt hoa thường, có dấu hay không)' },
  { keys: 'Ctrl+H', action: 'Tìm và thay thế (thay một chỗ hoặc tất cả, hoàn tác một lần)' },
  { keys: 'Enter / Shift+Enter', action: 'Trong ô Tìm: kết quả sau / trước (cũng F3 / Shift+F3); Esc: đóng' },
  { keys: CONFIRM_AND_NEXT_KEYS, action: 'Xác nhận đã rà soát mục có con trỏ và sang mục cần rà soát tiếp theo' },
  { keys: 'Enter', action: 'Thêm dòng mới cùng loại (khoản, ý, đoạn)' },
  { keys: 'Tab', action: 'Lùi vào: khoản thành ý của khoản trước, ý “-” thành ý “+”' },
  { keys: 'Shift+Tab', action: 'Lùi ra: ý “+” thành ý “-”, ý thành khoản' },
  { keys: 'Alt+↑ / Alt+↓', action: 'Chuyển khoản hoặc mục lên / xuống (số thứ tự tự đánh lại)' },
  { keys: 'Alt+Enter', action: 'Từ nội dung một khoản hay đề án: vào ô cơ quan, thời hạn của nó' },
  { keys: 'Esc', action: 'Từ ô cơ quan, thời hạn: trở lại nội dung, đúng chỗ đã rời' },
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', action: 'Chữ đậm / nghiêng / gạch chân' },
  { keys: 'Ctrl+Z / Ctrl+Y', action: 'Hoàn tác / làm lại' },
];
