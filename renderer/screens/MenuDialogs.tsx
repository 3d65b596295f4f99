/** The dialogs the desktop menu opens over any screen: the two "new notice" pickers and the keyboard-shortcut help. */
import { Modal } from '../app/feedback';
import { useMenuCommands } from '../app/menu-commands';
import { NewFromPreviousDialog, NewFromTemplateDialog } from './library/NewNoticeDialogs';
import './help.css';

export function MenuDialogs() {
  const { dialog, closeDialog } = useMenuCommands();
  if (dialog === 'new-notice') return <NewFromTemplateDialog onClose={closeDialog} />;
  if (dialog === 'new-from-previous') return <NewFromPreviousDialog onClose={closeDialog} />;
  if (dialog === 'help') return <HelpDialog onClose={closeDialog} />;
  return null;
}

interface Shortcut {
  keys: string;
  action: string;
}

const APP_SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+N', action: 'Thông báo mới (chọn mẫu)' },
  { keys: 'Ctrl+Shift+N', action: 'Tạo từ thông báo trước' },
  { keys: 'Ctrl+O', action: 'Nhập thông báo cũ từ tệp .docx hoặc .txt' },
  { keys: 'Ctrl+L', action: 'Mở thư viện' },
  { keys: 'Ctrl+,', action: 'Cài đặt' },
  { keys: 'F1', action: 'Hướng dẫn này' },
];

const EDITOR_SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+S', action: 'Lưu một phiên bản' },
  { keys: 'Ctrl+E', action: 'Xuất tệp .docx' },
  { keys: 'Enter', action: 'Thêm dòng mới cùng loại (khoản, ý, đoạn)' },
  { keys: 'Tab', action: 'Lùi vào: khoản thành ý của khoản trước, ý “-” thành ý “+”' },
  { keys: 'Shift+Tab', action: 'Lùi ra: ý “+” thành ý “-”, ý thành khoản' },
  { keys: 'Alt+↑ / Alt+↓', action: 'Chuyển khoản hoặc mục lên / xuống (số thứ tự tự đánh lại)' },
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', action: 'Chữ đậm / nghiêng / gạch chân' },
  { keys: 'Ctrl+Z / Ctrl+Y', action: 'Hoàn tác / làm lại' },
];

function ShortcutTable({ caption, shortcuts }: { caption: string; shortcuts: Shortcut[] }) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Phím</th>
          <th scope="col">Việc làm</th>
        </tr>
      </thead>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={shortcut.keys}>
            <td>
              <kbd>{shortcut.keys}</kbd>
            </td>
            <td>{shortcut.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Hướng dẫn sử dụng — phím tắt" onClose={onClose} wide>
      <p className="dialog-message">
        Soạn thông báo từ một mẫu, từ thông báo tháng trước, hoặc nhập một thông báo cũ (dán văn bản hay chọn tệp .docx). Nội
        dung được tự động lưu; “Lưu” tạo thêm một phiên bản trong lịch sử.
      </p>
      <ShortcutTable caption="Trong toàn ứng dụng (trình đơn Tệp)" shortcuts={APP_SHORTCUTS} />
      <ShortcutTable caption="Khi soạn thông báo" shortcuts={EDITOR_SHORTCUTS} />
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose} autoFocus>
          Đóng
        </button>
      </div>
    </Modal>
  );
}
