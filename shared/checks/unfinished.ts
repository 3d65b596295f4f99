/**
 * Content left unfinished: the marks a drafter leaves to come back to ("…", "..", "xx", "[tên]"), and the parts a
 * notice cannot be issued without (trích yếu, signer, the text of a task).
 */
import type { Notice } from '../notice/schema';
import { listTextFields, locate, locateField, plainText, type TextField } from './text-fields';
import type { CheckRule, Finding } from './types';

/**
 * Placeholders: an ellipsis (but not the closing "./."), two or more dots not part of a number or "./.", a run of x
 * standing for a number or a name, and any [bracketed] text.
 */
const PLACEHOLDERS: { pattern: RegExp; what: string }[] = [
  { pattern: /…|(?<![./])\.{2,}(?!\/)/gu, what: 'dấu chấm lửng' },
  { pattern: /(?<![\p{L}\p{N}])(?:x{2,}|X{2,})(?![\p{L}\p{N}])/gu, what: 'chữ «xx» giữ chỗ' },
  { pattern: /\[[^\]\n]{0,60}\]/gu, what: 'chỗ trống trong ngoặc vuông' },
];

function placeholders(field: TextField): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, what } of PLACEHOLDERS) {
    for (const match of field.text.matchAll(pattern)) {
      findings.push({
        ruleId: 'unfinished.placeholder',
        severity: 'error',
        message: `Còn ${what} «${match[0]}»: nội dung chưa viết xong. Điền nội dung thật hoặc xoá phần giữ chỗ.`,
        location: locate(field, match.index ?? 0, match[0].length),
      });
    }
  }
  return findings;
}

const placeholderRule: CheckRule = {
  id: 'unfinished.placeholder',
  run: (notice) => listTextFields(notice).flatMap(placeholders),
};

const missingRule: CheckRule = {
  id: 'unfinished.missing',
  run(notice: Notice) {
    const findings: Finding[] = [];
    const missing = (path: string, message: string) =>
      findings.push({ ruleId: 'unfinished.missing', severity: 'error', message, location: locateField(path) });
    if (notice.summary.trim() === '') missing('summary', 'Trích yếu đang để trống. Ghi trích yếu, ví dụ «Kết luận của Chủ tịch UBND tỉnh tại phiên họp …».');
    if (notice.signature.signerName.trim() === '') missing('signature.signerName', 'Chưa có tên người ký. Ghi họ và tên người ký ở phần chữ ký.');
    if (notice.signature.title.trim() === '') missing('signature.title', 'Chưa có chức vụ người ký (ví dụ «PHÓ CHÁNH VĂN PHÒNG»).');
    if (notice.closing.trim() === '') missing('closing', 'Chưa có câu kết (ví dụ «Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.»).');
    if (notice.recipients.length === 0) missing('recipients', 'Chưa có nơi nhận. Thêm các nơi nhận thông báo.');
    if (notice.meeting.date === undefined) missing('meeting.date', 'Chưa có ngày họp. Ghi ngày họp để kiểm tra ngày ban hành và thời hạn.');
    notice.body.forEach((block, blockIndex) => {
      const at = { path: `body[${blockIndex}]`, blockIndex, blockId: block.id, offset: 0, length: 0 };
      if (block.type === 'task') {
        const texts = [plainText(block.title), plainText(block.content), ...block.subItems.map((s) => plainText(s.text))];
        if (texts.every((text) => text.trim() === '')) {
          findings.push({ ruleId: 'unfinished.missing', severity: 'error', message: 'Khoản nhiệm vụ chưa có nội dung. Viết nội dung hoặc xoá khoản này.', location: { ...at, path: `${at.path}.content` } });
        }
        block.subItems.forEach((sub, index) => {
          if (plainText(sub.text).trim() === '' && texts.some((t) => t.trim() !== '')) {
            findings.push({ ruleId: 'unfinished.missing', severity: 'error', message: 'Ý nhỏ của nhiệm vụ đang để trống. Viết nội dung hoặc xoá dòng này.', location: { ...at, path: `${at.path}.subItems[${index}].text`, subItemId: sub.id } });
          }
        });
      } else if (block.type === 'scheme') {
        if (plainText(block.title).trim() === '') findings.push({ ruleId: 'unfinished.missing', severity: 'error', message: 'Đề án chưa có tên. Ghi tên đề án, báo cáo.', location: { ...at, path: `${at.path}.title` } });
      } else if (plainText(block.text).trim() === '') {
        findings.push({ ruleId: 'unfinished.missing', severity: 'error', message: 'Dòng trống trong nội dung. Viết nội dung hoặc xoá dòng này.', location: { ...at, path: `${at.path}.text` } });
      }
    });
    return findings;
  },
};

export const unfinishedRules: readonly CheckRule[] = [placeholderRule, missingRule];
