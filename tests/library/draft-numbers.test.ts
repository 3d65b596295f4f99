/**
 * Only the register gives a notice its number ("Số: 27/TB-VP"): every other way a notice enters the library or is
 * saved as a draft leaves it without one. Against a real library in a temporary folder, through the API boundary.
 */
import { describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import type { Notice } from '../../shared/notice/schema';
import { call, openTestLibrary, sampleNotice } from './helpers';

const numbered = (): Notice => ({ ...sampleNotice(), number: 27, date: '2020-10-05' });

/** The columns the list shows and the stored document of a notice: neither names a number. */
async function expectNoNumber(library: ReturnType<typeof openTestLibrary>, id: string): Promise<void> {
  const record = await call(library, 'getNotice', { id });
  expect(record.status).toBe('draft');
  expect(record.number).toBeUndefined();
  expect(record.notice.number).toBeUndefined();
  const { notices } = await call(library, 'listNotices', {});
  expect(notices.find((summary) => summary.id === id)?.number).toBeUndefined();
  const { revisions } = await call(library, 'listRevisions', { id });
  for (const revision of revisions) {
    expect((await call(library, 'getRevision', { revisionId: revision.id })).notice.number).toBeUndefined();
  }
}

describe('drafts never keep a register number', () => {
  it('a notice imported from an issued .docx ("Số: 27/TB-VP") becomes a draft without the number', async () => {
    const library = openTestLibrary();
    const bytes = await buildNoticeDocx(numbered());
    const preview = await call(library, 'previewImport', { fileName: 'tb-27.docx', base64: Buffer.from(bytes).toString('base64') });
    // The preview shows what the file says …
    expect(preview.notice.number).toBe(27);
    // … the draft made from it has no number until it is issued.
    const draft = await call(library, 'createFromNotice', { notice: preview.notice });
    await expectNoNumber(library, draft.id);
  });

  it('createFromNotice with a number stores a draft without it', async () => {
    const library = openTestLibrary();
    const draft = await call(library, 'createFromNotice', { notice: numbered() });
    await expectNoNumber(library, draft.id);
    expect(draft.notice.date).toBe('2020-10-05');
  });

  it('saving a draft with a number, and restoring such a revision, keep no number', async () => {
    const library = openTestLibrary();
    const draft = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await call(library, 'saveNotice', { id: draft.id, notice: numbered(), reason: 'manual', baseRevisionId: draft.revisionId });
    await expectNoNumber(library, draft.id);
    const { revisions } = await call(library, 'listRevisions', { id: draft.id });
    await call(library, 'restoreRevision', { id: draft.id, revisionId: revisions.at(-1)!.id });
    await expectNoNumber(library, draft.id);
  });

  it('new from previous, duplicate and template of an issued notice have no number', async () => {
    const library = openTestLibrary();
    const original = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const issued = await call(library, 'issueNotice', { id: original.id, date: '2020-10-05' });
    expect(issued.notice.number).toBe(1);
    const next = await call(library, 'createFromPrevious', { sourceId: issued.id });
    const copy = await call(library, 'duplicateNotice', { id: issued.id });
    const template = await call(library, 'saveAsTemplate', { id: issued.id, name: 'Mẫu từ thông báo đã ban hành' });
    const fromTemplate = await call(library, 'createFromTemplate', { templateId: template.id });
    for (const id of [next.id, copy.id, fromTemplate.id]) await expectNoNumber(library, id);
    // The issued notice keeps its number.
    expect((await call(library, 'getNotice', { id: issued.id })).notice.number).toBe(1);
  });
});
