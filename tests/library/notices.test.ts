/** Every operation of the library's API against a real database file in a temporary folder. */
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_COLLAPSE_MS, AUTOSAVE_MAX_SPAN_MS } from '../../electron/services/library/records';
import { openLibrary } from '../../electron/services/library/open';
import { COMMITTEE_FORM_ID, defaultSettings, issuerForm } from '../../shared/settings/defaults';
import type { Notice } from '../../shared/notice/schema';
import { call, openTestLibrary, sampleNotice, tempDir, testClock } from './helpers';

const withSummary = (notice: Notice, summary: string): Notice => ({ ...notice, summary });

describe('first run', () => {
  it('seeds the built-in templates, the Lai Châu directory and the Office settings', async () => {
    const library = openTestLibrary();
    const { templates } = await call(library, 'listTemplates', {});
    expect(templates.map((t) => t.id).sort()).toEqual(['monthly-session', 'site-inspection', 'steering-committee', 'working-session']);
    expect(templates.every((t) => t.builtIn && t.name.length > 0)).toBe(true);
    const { agencies } = await call(library, 'listAgencies', {});
    expect(agencies.find((a) => a.id === 'so-y-te')?.name).toBe('Sở Y tế');
    expect(agencies.length).toBeGreaterThan(30);
    expect(await call(library, 'getSettings', {})).toEqual(defaultSettings());
  });

  it('keeps everything across a restart and does not seed twice', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const first = openLibrary({ dataDir });
    const created = await call(first, 'createFromNotice', { notice: sampleNotice() });
    await call(first, 'addAgency', { name: 'Ban Quản lý dự án thử nghiệm', shortName: 'BQLDA thử nghiệm', aliases: [], kind: 'other' });
    const agencyCount = (await call(first, 'listAgencies', {})).agencies.length;
    first.close();
    const again = openTestLibrary({ dataDir });
    expect((await call(again, 'getNotice', { id: created.id })).notice).toEqual(sampleNotice());
    expect((await call(again, 'listAgencies', {})).agencies).toHaveLength(agencyCount);
    expect((await call(again, 'listTemplates', {})).templates).toHaveLength(4);
  });
});

describe('creating notices', () => {
  it('createFromNotice stores the whole notice and the columns lists show', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    expect(record.notice).toEqual(sampleNotice());
    expect(record).toMatchObject({
      title: 'Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9 năm 2020',
      meetingDate: '2020-09-30',
      templateId: 'monthly-session',
      status: 'draft',
      code: 'TB-VP',
      toReviewCount: 0,
    });
    expect(record.number).toBeUndefined();
    const { revisions } = await call(library, 'listRevisions', { id: record.id });
    expect(revisions).toEqual([expect.objectContaining({ id: record.revisionId, reason: 'create', noticeId: record.id })]);
  });

  it('createFromTemplate makes a draft with the Office profile from settings', async () => {
    const library = openTestLibrary();
    const settings = defaultSettings();
    settings.defaultIssuerFormId = COMMITTEE_FORM_ID;
    issuerForm(settings).signers[0]!.name = 'Nguyễn Văn A';
    await call(library, 'setSettings', settings);
    const record = await call(library, 'createFromTemplate', { templateId: 'steering-committee' });
    expect(record.status).toBe('draft');
    expect(record.templateId).toBe('steering-committee');
    expect(record.notice.code).toBe('TB-UBND');
    expect(record.notice.signature.signerName).toBe('Nguyễn Văn A');
    expect(record.notice.number).toBeUndefined();
    await expect(call(library, 'createFromTemplate', { templateId: 'khong-co' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('createFromTemplate links the agencies a built-in template names to the directory', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromTemplate', { templateId: 'monthly-session' });
    const leads = record.notice.body.flatMap((block) => (block.type === 'task' ? block.leadAgencies : []));
    expect(leads.map((ref) => ref.name)).toContain('Sở Tài chính');
    expect(leads.find((ref) => ref.name === 'Sở Tài chính')?.id).toBe('so-tai-chinh');
    expect(leads.filter((ref) => !ref.id)).toEqual([]);
  });

  it('createFromPrevious moves the month forward, clears the number and marks copied text to review', async () => {
    const library = openTestLibrary();
    const september = await call(library, 'createFromNotice', { notice: { ...sampleNotice(), number: 12, date: '2020-10-05' } });
    const october = await call(library, 'createFromPrevious', { sourceId: september.id });
    expect(october.id).not.toBe(september.id);
    expect(october.notice.number).toBeUndefined();
    expect(october.notice.date).toBeUndefined();
    expect(october.meetingDate).toBe('2020-10-30');
    expect(october.title).toContain('tháng 10 năm 2020');
    const subItems = sampleNotice().body.reduce((n, b) => n + (b.type === 'task' ? b.subItems.length : 0), 0);
    // The trích yếu, every block and every sub-item.
    expect(october.toReviewCount).toBe(1 + sampleNotice().body.length + subItems);
    expect(october.notice.recipients).toEqual(sampleNotice().recipients);
    // The source is unchanged.
    expect((await call(library, 'getNotice', { id: september.id })).notice.summary).toContain('tháng 9 năm 2020');
  });

  it('duplicateNotice makes a new draft without number or issue date', async () => {
    const library = openTestLibrary();
    const original = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const issued = await call(library, 'issueNotice', { id: original.id, date: '2020-10-05' });
    const copy = await call(library, 'duplicateNotice', { id: issued.id });
    expect(copy.status).toBe('draft');
    expect(copy.notice.number).toBeUndefined();
    expect(copy.notice.date).toBeUndefined();
    expect(copy.notice.body).toEqual(sampleNotice().body);
    await call(library, 'saveNotice', { id: copy.id, notice: withSummary(copy.notice, 'Bản đính chính'), reason: 'manual', baseRevisionId: copy.revisionId });
    expect((await call(library, 'getNotice', { id: issued.id })).notice.summary).toBe(sampleNotice().summary);
  });
});

describe('saving and history', () => {
  it('a manual save always makes a revision, and each revision keeps its state', async () => {
    const clock = testClock();
    const library = openTestLibrary({ now: clock.now });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const saved: number[] = [];
    for (const summary of ['Một', 'Hai', 'Hai']) {
      clock.advance(1000);
      const baseRevisionId = saved.at(-1) ?? record.revisionId;
      saved.push((await call(library, 'saveNotice', { id: record.id, notice: withSummary(record.notice, summary), reason: 'manual', baseRevisionId })).revisionId);
    }
    expect(new Set(saved).size).toBe(3);
    const { revisions } = await call(library, 'listRevisions', { id: record.id });
    expect(revisions.map((r) => r.reason)).toEqual(['manual', 'manual', 'manual', 'create']);
    expect(revisions.map((r) => r.id)).toEqual([...saved].reverse().concat(record.revisionId));
    expect((await call(library, 'getRevision', { revisionId: saved[0]! })).notice.summary).toBe('Một');
    const current = await call(library, 'getNotice', { id: record.id });
    expect(current.revisionId).toBe(saved[2]);
    expect(current.updatedAt).toBe(clock.now().toISOString());
    expect(current.title).toBe('Hai');
  });

  it("a writer's autosaves a few seconds apart merge into one new revision; a pause, a manual save or a long session start another", async () => {
    const clock = testClock();
    const library = openTestLibrary({ now: clock.now });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    let base = record.revisionId;
    const save = async (summary: string, reason: 'autosave' | 'manual') => {
      const saved = await call(library, 'saveNotice', { id: record.id, notice: withSummary(record.notice, summary), reason, baseRevisionId: base, writerId: 'tab-1' });
      expect(saved.conflict).toBeUndefined();
      base = saved.revisionId;
      return saved.revisionId;
    };
    const autosave = (summary: string) => save(summary, 'autosave');

    clock.advance(1000);
    const a1 = await autosave('gõ 1');
    clock.advance(AUTOSAVE_COLLAPSE_MS - 1000);
    const a2 = await autosave('gõ 2');
    clock.advance(AUTOSAVE_COLLAPSE_MS);
    const a3 = await autosave('gõ 3');
    // Merged, each time under a new id: an id always names one content, the replaced one is gone.
    expect(new Set([a1, a2, a3]).size).toBe(3);
    expect((await call(library, 'getRevision', { revisionId: a3 })).notice.summary).toBe('gõ 3');
    await expect(call(library, 'getRevision', { revisionId: a1 })).rejects.toMatchObject({ code: 'not-found' });
    const merged = (await call(library, 'listRevisions', { id: record.id })).revisions;
    expect(merged.map((r) => r.id)).toEqual([a3, record.revisionId]);

    clock.advance(AUTOSAVE_COLLAPSE_MS + 1);
    const afterPause = await autosave('sau khi nghỉ');
    expect((await call(library, 'listRevisions', { id: record.id })).revisions.map((r) => r.id)).toEqual([afterPause, a3, record.revisionId]);

    clock.advance(1000);
    const manual = await save('lưu tay', 'manual');
    clock.advance(1000);
    const afterManual = await autosave('gõ tiếp');
    expect(new Set([afterPause, manual, afterManual]).size).toBe(3);
    expect((await call(library, 'getRevision', { revisionId: afterPause })).notice.summary).toBe('sau khi nghỉ');

    // Typing without a pause for longer than the span still leaves more than one revision.
    const before = (await call(library, 'listRevisions', { id: record.id })).revisions.length;
    for (let t = 0; t <= AUTOSAVE_MAX_SPAN_MS * 2; t += 4000) {
      clock.advance(4000);
      await autosave(`liên tục ${t}`);
    }
    const kept = (await call(library, 'listRevisions', { id: record.id })).revisions.length - before;
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThanOrEqual(4);
  });

  it('restoring a revision makes a new revision and never rewrites history', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const edited = await call(library, 'saveNotice', { id: record.id, notice: withSummary(record.notice, 'Đã sửa'), reason: 'manual', baseRevisionId: record.revisionId });
    const restored = await call(library, 'restoreRevision', { id: record.id, revisionId: record.revisionId });
    expect(restored.notice).toEqual(sampleNotice());
    expect(restored.revisionId).toBeGreaterThan(edited.revisionId);
    const { revisions } = await call(library, 'listRevisions', { id: record.id });
    expect(revisions.map((r) => [r.reason, r.restoredFrom])).toEqual([
      ['restore', record.revisionId],
      ['manual', undefined],
      ['create', undefined],
    ]);
    expect((await call(library, 'getRevision', { revisionId: edited.revisionId })).notice.summary).toBe('Đã sửa');

    const other = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await expect(call(library, 'restoreRevision', { id: other.id, revisionId: edited.revisionId })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call(library, 'getRevision', { revisionId: 999_999 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('unknown notices are reported as not found', async () => {
    const library = openTestLibrary();
    for (const method of ['getNotice', 'listRevisions', 'duplicateNotice', 'trashNotice', 'issueNotice', 'exportDocx'] as const) {
      await expect(call(library, method, { id: 'khong-co' })).rejects.toMatchObject({ code: 'not-found' });
    }
    await expect(call(library, 'saveNotice', { id: 'khong-co', notice: sampleNotice(), reason: 'manual', baseRevisionId: 1 })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('listing', () => {
  it('lists the latest first, with paging, status filter and total', async () => {
    const clock = testClock();
    const library = openTestLibrary({ now: clock.now });
    const ids: string[] = [];
    for (let i = 1; i <= 7; i++) {
      clock.advance(1000);
      ids.push((await call(library, 'createFromNotice', { notice: withSummary(sampleNotice(), `Thông báo ${i}`) })).id);
    }
    clock.advance(1000);
    await call(library, 'issueNotice', { id: ids[1]!, date: '2020-10-05' });
    clock.advance(1000);
    const page1 = await call(library, 'listNotices', { limit: 3 });
    expect(page1.total).toBe(7);
    expect(page1.notices.map((n) => n.title)).toEqual(['Thông báo 2', 'Thông báo 7', 'Thông báo 6']);
    const page2 = await call(library, 'listNotices', { limit: 3, offset: 3 });
    expect(page2.notices.map((n) => n.title)).toEqual(['Thông báo 5', 'Thông báo 4', 'Thông báo 3']);
    const issued = await call(library, 'listNotices', { status: 'issued' });
    expect(issued).toEqual({ total: 1, notices: [expect.objectContaining({ id: ids[1], number: 1, issueDate: '2020-10-05' })] });
    expect((await call(library, 'listNotices', { status: 'draft' })).total).toBe(6);
  });
});

describe('trash', () => {
  it('trash, restore from trash, delete forever', async () => {
    const library = openTestLibrary();
    const keep = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const record = await call(library, 'createFromNotice', { notice: withSummary(sampleNotice(), 'Sẽ vào thùng rác') });
    expect(await call(library, 'trashNotice', { id: record.id })).toEqual({ ok: true });

    expect((await call(library, 'listNotices', {})).notices.map((n) => n.id)).toEqual([keep.id]);
    const trash = await call(library, 'listNotices', { trashed: true });
    expect(trash.notices).toEqual([expect.objectContaining({ id: record.id, trashedAt: expect.any(String) })]);
    expect((await call(library, 'searchNotices', { query: 'thung rac' })).results).toEqual([]);
    await expect(call(library, 'saveNotice', { id: record.id, notice: record.notice, reason: 'manual', baseRevisionId: record.revisionId })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(call(library, 'deleteForever', { id: keep.id })).rejects.toMatchObject({ code: 'conflict' });

    await call(library, 'restoreFromTrash', { id: record.id });
    expect((await call(library, 'listNotices', {})).total).toBe(2);
    expect((await call(library, 'searchNotices', { query: 'thung rac' })).results.map((r) => r.id)).toEqual([record.id]);

    await call(library, 'trashNotice', { id: record.id });
    await call(library, 'deleteForever', { id: record.id });
    await expect(call(library, 'getNotice', { id: record.id })).rejects.toMatchObject({ code: 'not-found' });
    expect((await call(library, 'listNotices', { trashed: true })).total).toBe(0);
    expect(library.db.prepare('SELECT count(*) AS n FROM revisions WHERE notice_id = ?').get(record.id)).toEqual({ n: 0 });
    expect((await call(library, 'searchNotices', { query: 'thung rac' })).results).toEqual([]);
    expect((await call(library, 'getNotice', { id: keep.id })).notice).toEqual(sampleNotice());
  });
});

describe('templates', () => {
  it('save as template, then create from it', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: { ...sampleNotice(), number: 3, date: '2020-10-05' } });
    const template = await call(library, 'saveAsTemplate', { id: record.id, name: 'Phiên họp tháng (mẫu của tôi)', description: 'Từ tháng 9' });
    expect(template).toMatchObject({ name: 'Phiên họp tháng (mẫu của tôi)', description: 'Từ tháng 9', builtIn: false });
    const { templates } = await call(library, 'listTemplates', {});
    // The list also says what changed in the province since the 2020 sample the template was made from.
    const { structureChanges, ...listed } = templates.at(-1)!;
    expect(listed).toEqual(template);
    expect(structureChanges).toContain('Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025');
    const fresh = await call(library, 'createFromTemplate', { templateId: template.id });
    expect(fresh.notice.body).toEqual(sampleNotice().body);
    expect(fresh.notice.number).toBeUndefined();
    expect(fresh.templateId).toBe(template.id);
    await expect(call(library, 'saveAsTemplate', { id: record.id, name: '  ' })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('agencies', () => {
  it('looks agencies up by any of their names', async () => {
    const library = openTestLibrary();
    for (const text of ['Sở NN&PTNT', 'Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'so nong nghiep va ptnt']) {
      expect((await call(library, 'lookupAgency', { text })).agency?.id).toBe('so-nong-nghiep-ptnt');
    }
    expect(await call(library, 'lookupAgency', { text: 'Bộ Ngoại giao' })).toEqual({});
  });

  it('adds and edits agencies, refusing a name that would point to two', async () => {
    const library = openTestLibrary();
    const added = await call(library, 'addAgency', { name: 'Trung tâm Phục vụ hành chính công tỉnh', aliases: ['TTPVHCC'], kind: 'other' });
    expect(added.id).toBe('trung-tam-phuc-vu-hanh-chinh-cong-tinh');
    expect(added.shortName).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect((await call(library, 'lookupAgency', { text: 'TTPVHCC' })).agency?.id).toBe(added.id);

    const updated = await call(library, 'updateAgency', { ...added, aliases: ['TTPVHCC', 'Trung tâm HCC tỉnh'] });
    expect((await call(library, 'lookupAgency', { text: 'Trung tâm HCC tỉnh' })).agency).toEqual(updated);

    const clash = call(library, 'addAgency', { name: 'Một cơ quan khác', aliases: ['Sở NN&PTNT'], kind: 'other' });
    await expect(clash).rejects.toMatchObject({ code: 'invalid-request', problems: [expect.objectContaining({ message: expect.stringContaining('trùng') })] });
    await expect(call(library, 'updateAgency', { ...added, id: 'khong-co' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call(library, 'addAgency', { name: ' ', aliases: [], kind: 'other' })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('checks agencies at the boundary with the directory schema: a slug id, no blank alias', async () => {
    const library = openTestLibrary();
    const [agency] = (await call(library, 'listAgencies', {})).agencies;
    if (!agency) throw new Error('the seeded directory is empty');
    await expect(call(library, 'updateAgency', { ...agency, id: 'Sở Tài chính' })).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [expect.objectContaining({ path: 'id' })],
    });
    await expect(call(library, 'addAgency', { name: 'Trung tâm Phục vụ hành chính công tỉnh', aliases: ['  '] })).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [{ path: 'aliases[0]', message: 'Tên không được để trống' }],
    });
    expect((await call(library, 'listAgencies', {})).agencies).toContainEqual(agency);
  });
});

describe('settings', () => {
  it('stores settings and refuses invalid ones at the boundary', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const library = openLibrary({ dataDir });
    const settings = defaultSettings();
    settings.author = 'Phòng Tổng hợp';
    expect(await call(library, 'setSettings', settings)).toEqual(settings);
    library.close();
    const again = openTestLibrary({ dataDir });
    expect(await call(again, 'getSettings', {})).toEqual(settings);
    const bad = { ...settings, issuerForms: settings.issuerForms.map((form, i) => (i === 1 ? { ...form, code: ' ' } : form)) };
    await expect(call(again, 'setSettings', bad)).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [{ path: 'issuerForms[1].code', message: 'Cần ký hiệu văn bản' }],
    });
    await expect(call(again, 'setSettings', { ...settings, defaultIssuerFormId: 'khong-co' })).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [{ path: 'defaultIssuerFormId', message: 'Hình thức ban hành mặc định không có trong danh sách' }],
    });
    expect(await call(again, 'getSettings', {})).toEqual(settings);
  });
});

describe('the boundary', () => {
  it('validates payloads before the storage sees them', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const broken = { ...sampleNotice(), code: '' };
    await expect(call(library, 'saveNotice', { id: record.id, notice: broken, reason: 'manual', baseRevisionId: record.revisionId })).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [expect.objectContaining({ path: 'notice.code' })],
    });
    await expect(
      call(library, 'saveNotice', { id: record.id, notice: sampleNotice(), reason: 'sometimes' as 'manual', baseRevisionId: record.revisionId }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    // Every save names the revision it was based on.
    await expect(call(library, 'saveNotice', { id: record.id, notice: sampleNotice(), reason: 'manual' } as never)).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [expect.objectContaining({ path: 'baseRevisionId' })],
    });
    await expect(call(library, 'listNotices', { limit: 0 })).rejects.toMatchObject({ code: 'invalid-request' });
    expect((await call(library, 'listRevisions', { id: record.id })).revisions).toHaveLength(1);
  });
});

describe('export', () => {
  it('exports the official .docx of a library notice, named by number and date', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const draft = await call(library, 'exportDocx', { id: record.id });
    expect(draft.fileName).toBe('TB-2020-09-30.docx');
    const files = unzipSync(Buffer.from(draft.base64!, 'base64'));
    const documentXml = strFromU8(files['word/document.xml']!);
    expect(documentXml).toContain('phiên họp UBND tỉnh tháng 9 năm 2020');

    await call(library, 'issueNotice', { id: record.id, date: '2020-10-05' });
    const issued = await call(library, 'exportDocx', { id: record.id });
    expect(issued.fileName).toBe('TB-01-2020-10-05.docx');
    expect(strFromU8(unzipSync(Buffer.from(issued.base64!, 'base64'))['word/document.xml']!)).toContain('01/TB-VP');
  });
});
