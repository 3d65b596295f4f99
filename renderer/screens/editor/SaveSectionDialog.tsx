/**
 * "Lưu phần này làm mẫu": names the section the editor handed over (the heading holding the caret and its blocks,
 * or the selected blocks) and saves it as the user's section template in the library. Blanks bound to the meeting
 * stay bound: the blocks are saved as they are, and inserting fills them from the other notice's meeting.
 */
import { useState } from 'react';
import type { Block } from '../../../shared/notice/schema';
import type { SectionTemplate } from '../../../shared/notice/section-templates';
import { blockText } from '../../../shared/compare/compare-notices';
import { useApi } from '../../app/api-context';
import { useFeedback, Modal } from '../../app/feedback';

function firstLine(block: Block | undefined): string {
  return block === undefined ? '' : (blockText(block).split('\n')[0] ?? '').trim();
}

interface Props {
  blocks: Block[];
  onSaved(template: SectionTemplate): void;
  onClose(): void;
}

export function SaveSectionDialog({ blocks, onSaved, onClose }: Props) {
  const api = useApi();
  const { showError, notify } = useFeedback();
  const [name, setName] = useState(() => firstLine(blocks[0]).slice(0, 200));
  const [description, setDescription] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const saved = await api.saveSectionTemplate({ name, description, blocks });
      notify(`Đã lưu mẫu phần “${saved.name}”. Mẫu có trong “Chèn phần mẫu” của mọi thông báo.`, 'success');
      onSaved(saved);
    } catch (error) {
      showError(error);
      setSaving(false);
    }
  };

  return (
    <Modal title="Lưu phần này làm mẫu" onClose={onClose}>
      {blocks.length === 0 ? (
        <>
          <p className="dialog-message">Hãy đặt con trỏ vào phần cần lưu (hoặc bôi đen các khối cần lưu) rồi chọn lại “Lưu phần này làm mẫu”.</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={onClose}>
              Đóng
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p className="dialog-message">
            {`Sẽ lưu ${blocks.length} khối, từ “${firstLine(blocks[0]).slice(0, 80)}” đến “${firstLine(blocks.at(-1)).slice(0, 80)}”.`}
          </p>
          <p className="dialog-hint">
            Khi không bôi đen, phần được lưu là đề mục phía trên con trỏ và các khối đến trước đề mục kế tiếp. Muốn lưu
            đúng một số khối, hãy bôi đen các khối đó trước khi chọn lệnh này.
          </p>
          <div className="form-grid save-section-fields">
            <label>
              <span>Tên mẫu phần</span>
              <input required autoFocus maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
            </label>
            <label>
              <span>Mô tả (không bắt buộc)</span>
              <textarea maxLength={2000} rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
            </label>
          </div>
          <p className="dialog-hint">Các chỗ trống gắn với cuộc họp (ngày, nơi họp, người chủ trì) được điền theo cuộc họp của thông báo nơi chèn mẫu.</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Hủy
            </button>
            <button type="submit" className="button-primary" disabled={saving || !name.trim()}>
              {saving ? 'Đang lưu…' : 'Lưu mẫu phần'}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
