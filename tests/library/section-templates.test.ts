/**
 * The user's own section templates, kept in a real library file: saved, listed, edited and deleted through the API,
 * kept across a reopen, and stored blocks of an older notice version read through the notice migrations.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { call, openTestLibrary, sampleNotice, tempDir } from './helpers';

describe('section templates in the library', () => {
  it('saves a section, lists it after a reopen, edits and deletes it', async () => {
    const dataDir = tempDir();
    const library = openTestLibrary({ dataDir });
    const schemes = sampleNotice().body.filter((block) => block.type === 'scheme');
    expect(schemes.length).toBeGreaterThan(0);
    const saved = await call(library, 'saveSectionTemplate', { name: 'Đề án kỳ họp', description: 'Các đề án trình', blocks: schemes });
    expect(saved.id).toMatch(/^phan-/);
    library.close();

    const reopened = openTestLibrary({ dataDir });
    const { templates } = await call(reopened, 'listSectionTemplates', {});
    expect(templates).toEqual([{ id: saved.id, name: 'Đề án kỳ họp', description: 'Các đề án trình', blocks: schemes }]);

    const edited = await call(reopened, 'saveSectionTemplate', { id: saved.id, name: 'Đề án (sửa)', description: '', blocks: schemes.slice(0, 1) });
    expect(edited.blocks).toHaveLength(1);
    expect((await call(reopened, 'listSectionTemplates', {})).templates.map((t) => [t.name, t.blocks.length])).toEqual([['Đề án (sửa)', 1]]);

    await call(reopened, 'deleteSectionTemplate', { id: saved.id });
    expect((await call(reopened, 'listSectionTemplates', {})).templates).toEqual([]);
    await expect(call(reopened, 'deleteSectionTemplate', { id: saved.id })).rejects.toThrow(ApiError);
    await expect(call(reopened, 'saveSectionTemplate', { id: saved.id, name: 'X', description: '', blocks: schemes })).rejects.toThrow(/Không tìm thấy mẫu phần/);
    reopened.close();
  });

  it('refuses a section without a name or without blocks, with a Vietnamese message', async () => {
    const library = openTestLibrary();
    const problems = (request: { name: string; blocks: unknown[] }) =>
      call(library, 'saveSectionTemplate', { description: '', ...request } as never).then(
        () => [],
        (error: ApiError) => (error.problems ?? []).map((problem) => `${problem.path}: ${problem.message}`),
      );
    expect(await problems({ name: '  ', blocks: sampleNotice().body.slice(0, 1) })).toEqual(['name: Cần tên mẫu']);
    expect(await problems({ name: 'Mẫu', blocks: [] })).toEqual(['blocks: Mẫu phần cần ít nhất một khối nội dung']);
    expect((await call(library, 'listSectionTemplates', {})).templates).toEqual([]);
    library.close();
  });

  it('reads blocks stored by an older notice version through the notice migrations', async () => {
    const library = openTestLibrary();
    const blocks = [{ id: 'p1', type: 'paragraph', text: [{ text: 'Trong tháng …, tình hình ổn định.' }] }];
    library.db
      .prepare("INSERT INTO section_templates (id, name, description, blocks_json, created_at, updated_at) VALUES ('cu', 'Mẫu cũ', '', ?, 'x', 'x')")
      .run(JSON.stringify({ schemaVersion: 2, body: blocks }));
    const { templates } = await call(library, 'listSectionTemplates', {});
    expect(templates[0]?.blocks).toEqual(blocks);
    library.close();
  });
});
