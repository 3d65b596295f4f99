/**
 * Another window, tab or process saved this notice while it was being edited here. Nothing was overwritten: this
 * window's text is kept as its own revision. The user compares the two, keeps this window's text, or takes the
 * one saved elsewhere; whichever is not taken stays in the history.
 */
import { useState } from 'react';
import type { SaveConflict } from '../../app/autosave';
import { Modal } from '../../app/feedback';
import { ComparisonDialog } from './ComparisonDialog';

export interface ConflictDialogProps {
  noticeId: string;
  conflict: SaveConflict;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function ConflictDialog({ noticeId, conflict, onKeepMine, onTakeTheirs }: ConflictDialogProps) {
  const [comparing, setComparing] = useState(false);
  if (comparing) {
    // The version saved elsewhere is the "old" side: the comparison shows what this window's text changes in it.
    return (
      <ComparisonDialog
        noticeId={noticeId}
        from={conflict.current}
        to={conflict.mine}
        sides={{ before: 'Bản đã lưu ở nơi khác', after: 'Bản của bạn' }}
        onClose={() => setComparing(false)}
      />
    );
  }
  return (
    // Closing without a choice leaves the dialog where it is: autosave waits for the choice.
    <Modal title="Thông báo đã được sửa ở nơi khác" onClose={() => undefined}>
      <p className="dialog-message" data-conflict="">
        Trong lúc bạn soạn, thông báo này đã được lưu ở một cửa sổ, thẻ trình duyệt hoặc dòng lệnh khác. Không bản nào
        bị ghi đè: bản của bạn đã được giữ thành một phiên bản riêng trong lịch sử. Hãy so sánh hai bản rồi chọn bản
        dùng tiếp; bản còn lại vẫn nằm trong lịch sử.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => setComparing(true)}>
          So sánh hai bản
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Dùng bản đã lưu ở nơi khác
        </button>
        <button type="button" className="button-primary" onClick={onKeepMine}>
          Giữ bản của tôi
        </button>
      </div>
    </Modal>
  );
}
