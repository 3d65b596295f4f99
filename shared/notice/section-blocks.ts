/** A section template's blocks in a notice: inserting them (./section-templates.ts) and choosing those to save as one. */
import { withMeeting } from './blank-fields';
import type { Block, Meeting } from './schema';

/**
 * The blocks to insert: fresh ids (blocks and sub-items), no review marks, and the blanks bound to the meeting
 * filled from the notice's meeting.
 */
export function instantiateSection(blocks: readonly Block[], meeting: Meeting, newId: () => string): Block[] {
  const fresh = blocks.map((block): Block => {
    const { toReview: _toReview, reviewReason: _reason, ...rest } = block;
    if (rest.type !== 'task') return { ...rest, id: newId() };
    return {
      ...rest,
      id: newId(),
      subItems: rest.subItems.map(({ toReview: _t, reviewReason: _r, ...sub }) => ({ ...sub, id: newId() })),
    };
  });
  return withMeeting({ body: fresh, summary: '' }, meeting).body;
}


/**
 * The blocks "Lưu phần này làm mẫu" saves. Several selected blocks (anchor and focus in different blocks): exactly
 * those. Otherwise the section holding the caret, as a secretary reads the notice: the heading at or above the caret
 * and every block up to the next heading (before the first heading: the opening blocks up to it). Headings have one
 * level, so the next heading always ends the section.
 */
export function sectionToSave(body: readonly Block[], anchorId: string, focusId: string = anchorId): Block[] {
  const anchor = body.findIndex((block) => block.id === anchorId);
  const focus = body.findIndex((block) => block.id === focusId);
  if (anchor < 0 || focus < 0) return [];
  if (anchor !== focus) return body.slice(Math.min(anchor, focus), Math.max(anchor, focus) + 1);
  let start = anchor;
  while (start > 0 && body[start]?.type !== 'heading') start -= 1;
  if (body[start]?.type !== 'heading') start = 0;
  let end = start + 1;
  while (end < body.length && body[end]?.type !== 'heading') end += 1;
  return body.slice(start, end);
}
