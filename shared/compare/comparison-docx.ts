/**
 * A comparison of two versions as a .docx that can be sent: Word tracked changes (w:ins / w:del, the `docx`
 * library's InsertedTextRun and DeletedTextRun), so the reader sees insertions and deletions in Word's own
 * colours and can accept or reject them. Moved blocks are said to be moved in a note before them. Pure.
 */
import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import type { FieldChange, NoticeComparison, WordPart } from './compare-notices';

const FONT = 'Times New Roman';
const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;
const SIZE = 26; // 13 pt in half-points

export interface ComparisonDocxOptions {
  title: string;
  /** e.g. "Phiên bản lưu tay lúc 09:00 ngày 27/11/2026". */
  beforeLabel: string;
  afterLabel: string;
  /** The tracked changes' author and time (ISO 8601). */
  author: string;
  date: string;
}

const STATUS_NOTES = {
  inserted: 'Thêm mới',
  deleted: 'Đã xoá',
  moved: 'Chuyển vị trí',
  changed: 'Có sửa đổi',
  same: '',
} as const;

function partRuns(parts: WordPart[], options: ComparisonDocxOptions, nextId: () => number): (TextRun | InsertedTextRun | DeletedTextRun)[] {
  return parts.flatMap((part) => {
    // Line breaks inside a block (a task's sub-items) become breaks in the run.
    const lines = part.text.split('\n');
    return lines.map((text, index) => {
      const run = { text, font: FONT_SLOTS, size: SIZE, ...(index > 0 ? { break: 1 } : {}) };
      if (part.change === 'added') return new InsertedTextRun({ ...run, id: nextId(), author: options.author, date: options.date });
      if (part.change === 'removed') return new DeletedTextRun({ ...run, id: nextId(), author: options.author, date: options.date });
      return new TextRun(run);
    });
  });
}

function plainRun(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT_SLOTS, size: SIZE, ...style });
}

export async function buildComparisonDocx(comparison: NoticeComparison, options: ComparisonDocxOptions): Promise<Uint8Array> {
  let id = 0;
  const nextId = () => ++id;
  const fieldParagraph = (change: FieldChange) =>
    new Paragraph({ spacing: { after: 80 }, children: [plainRun(`${change.label}: `, { bold: true }), ...partRuns(change.parts, options, nextId)] });

  const { counts } = comparison;
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [plainRun('SO SÁNH HAI PHIÊN BẢN', { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [plainRun(options.title, { bold: true })] }),
    new Paragraph({ children: [plainRun('Bản cũ: ', { bold: true }), plainRun(options.beforeLabel)] }),
    new Paragraph({ children: [plainRun('Bản mới: ', { bold: true }), plainRun(options.afterLabel)] }),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        plainRun(
          `Thêm ${counts.inserted}, xoá ${counts.deleted}, chuyển vị trí ${counts.moved}, sửa ${counts.changed} khối nội dung. ` +
            'Phần thêm và phần xoá được đánh dấu bằng chế độ theo dõi thay đổi (Track Changes).',
          { italics: true },
        ),
      ],
    }),
  ];
  if (comparison.fields.length > 0) {
    children.push(new Paragraph({ spacing: { before: 120, after: 80 }, children: [plainRun('Thông tin chung', { bold: true })] }));
    children.push(...comparison.fields.map(fieldParagraph));
  }
  children.push(new Paragraph({ spacing: { before: 120, after: 80 }, children: [plainRun('Nội dung', { bold: true })] }));
  for (const block of comparison.blocks) {
    const label = block.labelAfter ?? block.labelBefore;
    if (block.status !== 'same') {
      const where =
        block.status === 'moved' && block.labelBefore !== block.labelAfter
          ? ` (từ ${block.labelBefore ?? 'vị trí cũ'} sang ${block.labelAfter ?? 'vị trí mới'})`
          : '';
      const also = block.alsoChanged ? ', có sửa đổi' : '';
      children.push(new Paragraph({ children: [plainRun(`[${block.kindLabel} — ${STATUS_NOTES[block.status]}${where}${also}]`, { italics: true })] }));
    }
    children.push(
      new Paragraph({
        spacing: { after: 120 },
        alignment: AlignmentType.JUSTIFIED,
        children: [...(label ? [plainRun(`${label} `)] : []), ...partRuns(block.parts, options, nextId)],
      }),
    );
    children.push(...block.details.map(fieldParagraph));
  }
  const document = new Document({
    title: `So sánh: ${options.title}`,
    creator: options.author,
    styles: { default: { document: { run: { font: FONT_SLOTS, size: SIZE, language: { value: 'vi-VN' } } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children }],
  });
  return Packer.pack(document, 'uint8array');
}
