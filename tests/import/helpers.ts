/** Shared by the import tests: the shipped Lai Châu directory, the Office's defaults and the published sample. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyDirectorySchema, type Agency } from '../../shared/agencies/schema';
import type { Notice } from '../../shared/notice/schema';
import type { Block, RichText, TextRun } from '../../shared/notice/schema';
import { defaultSettings, issuerForm } from '../../shared/settings/defaults';

export const ROOT = join(__dirname, '..', '..');
export const SAMPLE_TEXT_PATH = join(ROOT, 'tests', 'fixtures', 'import', 'lai-chau-2020-09-ket-luan.txt');
export const SAMPLE_NOTICE_PATH = join(ROOT, 'resources', 'samples', 'lai-chau-2020-09.notice.json');

export function laiChauDirectory(): Agency[] {
  const file = JSON.parse(readFileSync(join(ROOT, 'resources', 'agencies', 'lai-chau.json'), 'utf8')) as unknown;
  return AgencyDirectorySchema.parse(file).agencies;
}

/** The header values a fresh install would give an import (what the settings hold). */
export function officeDefaults(): Partial<Notice> {
  const settings = defaultSettings();
  const form = issuerForm(settings);
  return {
    issuer: { parentAgency: form.parentAgency, agency: form.agency },
    code: form.code,
    place: settings.issuer.place,
    archive: settings.issuer.archive,
  };
}

export function text(rich: RichText | undefined): string {
  return (rich ?? []).map((run) => run.text).join('');
}

/** Every piece of text a block carries, for "nothing was lost" checks. */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return [text(block.text)];
    case 'task':
      return [text(block.title), text(block.content), ...block.subItems.map((sub) => text(sub.text))];
    case 'scheme':
      return [text(block.title), text(block.conclusion)];
  }
}

/** The header fields a .docx carries (the meeting and the template are not printed). */
export const HEADER_FIELDS = [
  'issuer', 'number', 'code', 'place', 'date', 'documentType', 'summary', 'closing', 'signature', 'recipients', 'archive', 'author',
] as const;

/**
 * Blocks without their ids (an import makes new ones). Numbered headings are compared in upper case: Decree 30
 * prints them in capitals, so the .docx no longer holds the case they were typed in.
 */
export function comparable(blocks: Block[]): unknown[] {
  return blocks.map((block) => {
    const { id: _id, toReview: _review, ...rest } = block;
    if (rest.type === 'heading' && rest.numbered) {
      return { ...rest, text: rest.text.map((run) => ({ ...run, text: run.text.toLocaleUpperCase('vi') })) };
    }
    if (rest.type === 'task') return { ...rest, subItems: rest.subItems.map(({ id: _sub, ...sub }) => sub) };
    return rest;
  });
}

/**
 * The sample notice with footnotes where notices put them: the attendees after the opening paragraph, an earlier
 * notice cited in a task (with italic in the footnote) and in a sub-item, and a footnote of two paragraphs.
 */
export function withFootnotes(notice: Notice): Notice {
  const attendees: TextRun = { text: '', footnote: [{ text: 'Thành phần: lãnh đạo các sở, ban, ngành tỉnh; UBND các huyện, thành phố.' }] };
  const cited: TextRun = {
    text: '',
    footnote: [{ text: 'Theo ' }, { text: 'Thông báo số 208/TB-UBND', italic: true }, { text: ' ngày 28/8/2020 của UBND tỉnh.' }],
  };
  const twoParagraphs: TextRun = { text: '', footnote: [{ text: 'Quyết định số 15/QĐ-UBND.\nKế hoạch số 3/KH-UBND.' }] };
  let tasks = 0;
  const body = notice.body.map((block, index): Block => {
    if (index === 0 && block.type === 'paragraph') return { ...block, text: [...block.text, attendees] };
    if (block.type !== 'task') return block;
    tasks += 1;
    if (tasks === 2) {
      const [first, ...rest] = block.content;
      return first ? { ...block, content: [{ ...first, text: first.text.slice(0, 20) }, cited, { ...first, text: first.text.slice(20) }, ...rest] } : block;
    }
    if (block.subItems.length > 0 && !block.subItems.some((sub) => sub.text.some((run) => run.footnote))) {
      const [sub, ...others] = block.subItems;
      return sub ? { ...block, subItems: [{ ...sub, text: [...sub.text, twoParagraphs] }, ...others] } : block;
    }
    return block;
  });
  return { ...notice, body };
}
