/**
 * The comparison of two saved versions, or of one with the current text: the changed fields, then every block in reading order
 * with inserted words underlined in green and removed words struck through in red, moved, inserted and deleted
 * blocks named as such, and changed agencies and deadlines listed under their task. The same comparison can be
 * downloaded as a .docx with Word tracked changes, to send. A block of the older version can be copied into the
 * current notice (one editor step, undone with Ctrl+Z).
 */
import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../../shared/api';
import type { WordPart } from '../../../shared/compare/compare-notices';
import type { Block } from '../../../shared/notice/schema';
import { useApi } from '../../app/api-context';
import { DOCX_MIME, downloadBase64 } from '../../app/download';
import { useFeedback, Modal } from '../../app/feedback';

const STATUS_LABELS = { inserted: 'Thêm mới', deleted: 'Đã xoá', moved: 'Chuyển vị trí', changed: 'Có sửa đổi', same: '' } as const;

function Words({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} className="diff-added">
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index} className="diff-removed">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

interface ComparisonDialogProps {
  noticeId: string;
  /** The older revision. */
  from: number;
  /** The newer revision; without it, the current text. */
  to?: number;
  /** Puts a block of the older version into the current notice. */
  onCopyBlock?: (block: Block, anchorIds: string[]) => void;
  /** Names the two versions where "old" and "new" would mislead (two writers' versions). */
  sides?: { before: string; after: string };
  onClose(): void;
}

export function ComparisonDialog({
  noticeId,
  from,
  to,
  onCopyBlock,
  sides = { before: 'Bản cũ', after: 'Bản mới' },
  onClose,
}: ComparisonDialogProps) {
  const api = useApi();
  const { showError, notify } = useFeedback();
  const [result, setResult] = useState<ApiResponse<'compareVersions'> | null>(null);
  const [olderBody, setOlderBody] = useState<Block[]>([]);
  const request = { id: noticeId, from, ...(to !== undefined ? { to } : {}) };

  useEffect(() => {
    let live = true;
    api.compareVersions({ id: noticeId, from, ...(to !== undefined ? { to } : {}) }).then(
      (answer) => live && setResult(answer),
      (error: unknown) => live && showError(error),
    );
    if (onCopyBlock) {
      api.getRevision({ revisionId: from }).then(
        (answer) => live && setOlderBody(answer.notice.body),
        (error: unknown) => live && showError(error),
      );
    }
    return () => {
      live = false;
    };
  }, [api, noticeId, from, to, onCopyBlock, showError]);

  const copyBlock = (blockId: string) => {
    const index = olderBody.findIndex((candidate) => candidate.id === blockId);
    const block = olderBody[index];
    if (!block || !onCopyBlock) return;
    // After the block's own current version if it still exists, else after the nearest block that preceded it.
    const anchors = [block.id, ...olderBody.slice(0, index).reverse().map((candidate) => candidate.id)];
    onCopyBlock(block, anchors);
    notify('Đã chép khối nội dung của bản cũ vào thông báo (Ctrl+Z để hoàn tác).', 'success');
    onClose();
  };

  const download = async () => {
    try {
      const file = await api.exportComparisonDocx(request);
      downloadBase64(file.fileName, file.base64, DOCX_MIME);
      notify(`Đã xuất tệp ${file.fileName} (các thay đổi được đánh dấu theo dõi trong Word).`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  const comparison = result?.comparison;
  const changedBlocks = comparison?.blocks.filter((block) => block.status !== 'same') ?? [];
  return (
    <Modal title="So sánh phiên bản" onClose={onClose} wide>
      {!result || !comparison ? (
        <p role="status">Đang so sánh…</p>
      ) : (
        <div className="comparison">
          <p>
            <strong>{sides.before}:</strong> {result.beforeLabel}. <strong>{sides.after}:</strong> {result.afterLabel}.
          </p>
          <p role="status">
            Thêm {comparison.counts.inserted}, xoá {comparison.counts.deleted}, chuyển vị trí {comparison.counts.moved}, sửa{' '}
            {comparison.counts.changed} khối nội dung; {comparison.fields.length} thông tin chung thay đổi.
          </p>
          {comparison.fields.length > 0 && (
            <section aria-label="Thông tin chung thay đổi">
              <h3>Thông tin chung</h3>
              <ul>
                {comparison.fields.map((field) => (
                  <li key={field.field}>
                    <strong>{field.label}:</strong> <Words parts={field.parts} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-label="Nội dung thay đổi">
            <h3>Nội dung</h3>
            {changedBlocks.length === 0 && <p>Nội dung không thay đổi.</p>}
            <ol className="comparison-blocks">
              {changedBlocks.map((block) => (
                <li key={block.blockId} data-status={block.status}>
                  <div className="comparison-status">
                    {block.kindLabel} {block.labelAfter ?? block.labelBefore ?? ''} — {STATUS_LABELS[block.status]}
                    {block.status === 'moved' && block.labelBefore !== block.labelAfter
                      ? ` (từ ${block.labelBefore ?? '?'} sang ${block.labelAfter ?? '?'})`
                      : ''}
                    {block.alsoChanged ? ', có sửa đổi' : ''}
                  </div>
                  <p>
                    <Words parts={block.parts} />
                  </p>
                  {block.details.map((detail) => (
                    <p key={detail.field} className="comparison-detail">
                      <strong>{detail.label}:</strong> <Words parts={detail.parts} />
                    </p>
                  ))}
                  {block.status !== 'inserted' && olderBody.some((candidate) => candidate.id === block.blockId) && (
                    <button
                      type="button"
                      onClick={() => copyBlock(block.blockId)}
                      aria-label={`Chép ${block.kindLabel.toLocaleLowerCase('vi')} ${block.labelBefore ?? ''} của bản cũ vào thông báo`}
                    >
                      Chép khối của bản cũ vào thông báo
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void download()} disabled={!result}>
          Tải tệp .docx so sánh
        </button>
        <button type="button" className="button-primary" onClick={onClose}>
          Đóng
        </button>
      </div>
    </Modal>
  );
}
