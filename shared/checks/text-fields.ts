/**
 * Every piece of prose a notice prints, with where it lives: the rules read text through this one list so that
 * every finding points to a field the editor and the fixer can find again.
 */
import type { Notice, RichText } from '../notice/schema';
import type { FindingLocation } from './types';

export type TextFieldKind = 'summary' | 'heading' | 'paragraph' | 'dash' | 'task-title' | 'task-content' | 'sub-item' | 'scheme-title' | 'scheme-conclusion' | 'closing' | 'recipient' | 'meeting' | 'signature';

export interface TextField {
  kind: TextFieldKind;
  path: string;
  blockIndex?: number;
  blockId?: string;
  subItemId?: string;
  text: string;
}

export function plainText(runs: RichText): string {
  return runs.map((run) => run.text).join('');
}

const listed = new WeakMap<Notice, readonly TextField[]>();

/**
 * The fields in reading order. Texts are NFC-normalised, so offsets hold for what the editor shows. Listed once per
 * notice object: every rule of one check reads the same list.
 */
export function listTextFields(notice: Notice): readonly TextField[] {
  let fields = listed.get(notice);
  if (!fields) {
    fields = collectTextFields(notice);
    listed.set(notice, fields);
  }
  return fields;
}

function collectTextFields(notice: Notice): TextField[] {
  const fields: TextField[] = [];
  const add = (field: TextField) => fields.push({ ...field, text: field.text.normalize('NFC') });
  add({ kind: 'summary', path: 'summary', text: notice.summary });
  for (const key of ['place', 'chairName', 'chairTitle', 'attendees'] as const) {
    if (notice.meeting[key] !== '') add({ kind: 'meeting', path: `meeting.${key}`, text: notice.meeting[key] });
  }
  notice.body.forEach((block, blockIndex) => {
    const at = { blockIndex, blockId: block.id };
    const base = `body[${blockIndex}]`;
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'dash':
        add({ kind: block.type, path: `${base}.text`, ...at, text: plainText(block.text) });
        break;
      case 'task':
        if (block.title.length > 0) add({ kind: 'task-title', path: `${base}.title`, ...at, text: plainText(block.title) });
        add({ kind: 'task-content', path: `${base}.content`, ...at, text: plainText(block.content) });
        block.subItems.forEach((sub, index) =>
          add({ kind: 'sub-item', path: `${base}.subItems[${index}].text`, ...at, subItemId: sub.id, text: plainText(sub.text) }),
        );
        break;
      case 'scheme':
        add({ kind: 'scheme-title', path: `${base}.title`, ...at, text: plainText(block.title) });
        add({ kind: 'scheme-conclusion', path: `${base}.conclusion`, ...at, text: plainText(block.conclusion) });
        break;
    }
  });
  add({ kind: 'closing', path: 'closing', text: notice.closing });
  notice.recipients.forEach((recipient, index) => add({ kind: 'recipient', path: `recipients[${index}]`, text: recipient }));
  for (const key of ['title', 'signerName'] as const) {
    add({ kind: 'signature', path: `signature.${key}`, text: notice.signature[key] });
  }
  return fields;
}

/** The location of `length` characters at `offset` in a field. */
export function locate(field: TextField, offset = 0, length = 0): FindingLocation {
  const location: FindingLocation = { path: field.path, offset, length };
  if (field.blockIndex !== undefined) location.blockIndex = field.blockIndex;
  if (field.blockId !== undefined) location.blockId = field.blockId;
  if (field.subItemId !== undefined) location.subItemId = field.subItemId;
  return location;
}

/** The location of a whole field of the notice that is not prose (a date, the archive line …). */
export function locateField(path: string): FindingLocation {
  return { path, offset: 0, length: 0 };
}
