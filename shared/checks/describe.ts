/** Where a finding is, in the words of the notice: "Trích yếu", "Nhiệm vụ 5, mục II", "Nơi nhận 3" … */
import { computeBlockLabels } from '../format/numbering';
import type { Notice } from '../notice/schema';
import { listTextFields } from './text-fields';
import type { FindingLocation } from './types';

const FIELD_LABELS: Record<string, string> = {
  summary: 'Trích yếu',
  date: 'Ngày ban hành',
  closing: 'Câu kết',
  archive: 'Dòng «Lưu»',
  recipients: 'Nơi nhận',
  'meeting.date': 'Ngày họp',
  'meeting.place': 'Địa điểm họp',
  'meeting.chairName': 'Người chủ trì',
  'meeting.chairTitle': 'Chức vụ người chủ trì',
  'meeting.attendees': 'Thành phần dự họp',
  'signature.title': 'Chức vụ người ký',
  'signature.signerName': 'Người ký',
  'signature.authorityLines': 'Dòng thẩm quyền ký',
};

const BLOCK_NAMES = { heading: 'Mục', paragraph: 'Đoạn', dash: 'Ý', task: 'Nhiệm vụ', scheme: 'Đề án' } as const;

/** The blocks' labels, once per body: a list of findings describes many places of the same notice. */
const labelsByBody = new WeakMap<Notice['body'], Map<string, string>>();
function blockLabels(body: Notice['body']): Map<string, string> {
  let labels = labelsByBody.get(body);
  if (!labels) {
    labels = computeBlockLabels(body);
    labelsByBody.set(body, labels);
  }
  return labels;
}

export function describeLocation(notice: Notice, location: FindingLocation): string {
  const { path } = location;
  const fixed = FIELD_LABELS[path];
  if (fixed) return fixed;
  let match = /^recipients\[(\d+)\]/u.exec(path);
  if (match) return `Nơi nhận thứ ${Number(match[1]) + 1}`;
  match = /^signature\.authorityLines\[(\d+)\]/u.exec(path);
  if (match) return `Dòng thẩm quyền ký thứ ${Number(match[1]) + 1}`;
  match = /^source\[(\d+)\]/u.exec(path);
  if (match) return `Dòng ${Number(match[1]) + 1} của tệp`;
  if (location.blockIndex !== undefined) {
    const block = notice.body[location.blockIndex];
    if (!block) return path;
    const labels = blockLabels(notice.body);
    const number = labels.get(block.id)?.replace(/\.$/u, '');
    let section: string | undefined;
    for (const earlier of notice.body.slice(0, location.blockIndex)) {
      if (earlier.type === 'heading' && earlier.numbered !== false) section = labels.get(earlier.id)?.replace(/\.$/u, '');
    }
    const name = `${BLOCK_NAMES[block.type]}${number ? ` ${number}` : ` (khối ${location.blockIndex + 1})`}`;
    const sub = /subItems\[(\d+)\]/u.exec(path);
    return `${name}${sub ? `, ý ${Number(sub[1]) + 1}` : ''}${block.type !== 'heading' && section ? `, mục ${section}` : ''}`;
  }
  return path;
}

/** The located words with a little of their context: "… công tác «đại biếu» Quốc hội …". */
export function locatedExcerpt(notice: Notice, location: FindingLocation, around = 24): string | undefined {
  const field = listTextFields(notice).find((f) => f.path === location.path);
  if (!field || location.length === 0) return undefined;
  const { offset, length } = location;
  const before = field.text.slice(Math.max(0, offset - around), offset);
  const after = field.text.slice(offset + length, offset + length + around);
  const head = offset - around > 0 ? '…' : '';
  const tail = offset + length + around < field.text.length ? '…' : '';
  return `${head}${before}«${field.text.slice(offset, offset + length)}»${after}${tail}`.replace(/\s+/gu, ' ');
}
