/** The dialogs the desktop menu opens over any screen: the two "new notice" pickers and the keyboard-shortcut help. */
import { lazy, Suspense } from 'react';
import { getDesktopBridge } from '../api/electron-client';
import { Modal } from '../app/feedback';
import { useMenuCommands } from '../app/menu-commands';
import { EDITOR_SHORTCUTS, type Shortcut } from '../editor/shortcuts';
import './help.css';

// The "new notice" pickers come with the library's chunk (they are the library's own dialogs too).
const NewFromTemplateDialog = lazy(() => import('./library/NewNoticeDialogs').then((module) => ({ default: module.NewFromTemplateDialog })));
const NewFromPreviousDialog = lazy(() => import('./library/NewNoticeDialogs').then((module) => ({ default: module.NewFromPreviousDialog })));

export function MenuDialogs() {
  const { dialog, closeDialog } = useMenuCommands();
  if (dialog === 'help') return <HelpDialog onClose={closeDialog} />;
  if (dialog !== 'new-notice' && dialog !== 'new-from-previous') return null;
  return (
    <Suspense fallback={null}>
      {dialog === 'new-notice' ? <NewFromTemplateDialog onClose={closeDialog} /> : <NewFromPreviousDialog onClose={closeDialog} />}
    </Suspense>
  );
}

/** The File menu's accelerators: only the desktop app has that menu (a browser keeps Ctrl+N, Ctrl+O, Ctrl+L for itself). */
const MENU_SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+N', action: 'Thông báo mới (chọn mẫu)' },
  { keys: 'Ctrl+Shift+N', action: 'Tạo từ thông báo trước' },
  { keys: 'Ctrl+O', action: 'Nhập thông báo cũ từ tệp .docx hoặc .txt' },
  { keys: 'Ctrl+L', action: 'Mở thư viện' },
  { keys: 'Ctrl+,', action: 'Cài đặt' },
];
const HELP_SHORTCUT: Shortcut = { keys: 'F1', action: 'Hướng dẫn này' };


function ShortcutTable({ caption, shortcuts }: { caption: string; shortcuts: readonly Shortcut[] }) {
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
      {getDesktopBridge() ? (
        <ShortcutTable caption="Trong toàn ứng dụng (trình đơn Tệp)" shortcuts={[...MENU_SHORTCUTS, HELP_SHORTCUT]} />
      ) : (
        <>
          <ShortcutTable caption="Trong toàn ứng dụng" shortcuts={[HELP_SHORTCUT]} />
          <p className="dialog-message">
            Trong trình duyệt, thông báo mới, tạo từ thông báo trước, nhập tệp và cài đặt mở từ các nút ở màn hình Thư viện
            (trình duyệt giữ các phím Ctrl+N, Ctrl+O, Ctrl+L cho riêng nó).
          </p>
        </>
      )}
      <ShortcutTable caption="Khi soạn thông báo" shortcuts={EDITOR_SHORTCUTS} />
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose} autoFocus>
          Đóng
        </button>
      </div>
    </Modal>
  );
}
