/**
 * "New from last month" across a reorganisation: an agency the previous notice named ended with several
 * successors. The editor asks which one takes the work, listing each with the part it took; the blocks stay
 * marked for review with the reason either way.
 */
import { useMemo, useState } from 'react';
import type { Agency } from '../../../shared/api';
import type { Notice } from '../../../shared/notice/schema';
import { pendingSuccessorChoices, type SuccessorCandidate } from '../../../shared/notice/successor-choice';
import { Modal } from '../../app/feedback';

interface Props {
  /** The notice as loaded (the dialog asks once per load). */
  notice: Pick<Notice, 'body'>;
  agencies: readonly Agency[];
  /** A successor chosen for `endedName`, or undefined to keep them all. */
  onChoose(endedName: string, chosen: SuccessorCandidate | undefined): void;
}

export function SuccessorDialog({ notice, agencies, onChoose }: Props) {
  const choices = useMemo(() => (agencies.length === 0 ? [] : pendingSuccessorChoices(notice, agencies)), [notice, agencies]);
  const [dismissed, setDismissed] = useState(false);
  const choice = choices[0];
  if (!choice || dismissed) return null;
  return (
    <Modal title="Chọn cơ quan kế thừa" onClose={() => setDismissed(true)} wide>
      <p className="dialog-message">
        {`${choice.endedName} không còn vào ngày họp mới; công việc của cơ quan này đã chuyển cho nhiều cơ quan. `}
        {`Thông báo giao cho ${choice.endedName} ở ${choice.blockCount} mục. Chọn cơ quan nhận các mục này:`}
      </p>
      <ul className="successor-choices" aria-label="Các cơ quan kế thừa">
        {choice.candidates.map((candidate) => (
          <li key={candidate.id ?? candidate.name}>
            <button type="button" onClick={() => onChoose(choice.endedName, candidate)}>
              {candidate.name}
            </button>
            {candidate.part ? <span className="successor-part"> — nhận phần {candidate.part}</span> : null}
          </li>
        ))}
      </ul>
      <p className="dialog-hint">Các mục vẫn được đánh dấu cần rà soát kèm lý do, để kiểm tra lại nội dung giao việc.</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => setDismissed(true)}>
          Để sau
        </button>
        <button type="button" onClick={() => onChoose(choice.endedName, undefined)}>
          Giao cho tất cả các cơ quan trên
        </button>
      </div>
    </Modal>
  );
}
