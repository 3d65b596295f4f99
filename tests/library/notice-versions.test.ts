/**
 * Notice documents written by an earlier version of the app open through the library's real read paths (the
 * current document, a revision, a template), migrated to the current version: the frozen version-1 document is
 * written into a real database as an older release would have left it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_SCHEMA_VERSION } from '../../shared/notice/schema';
import { ROOT, call, openTestLibrary, sampleNotice } from './helpers';

const VERSION_1_JSON = fs.readFileSync(path.join(ROOT, 'tests/fixtures/notices/version-1.notice.json'), 'utf8');
const version1 = JSON.parse(VERSION_1_JSON) as { schemaVersion: number; summary: string };

describe('a version-1 notice document in the database', () => {
  it('opens as the current notice, as a revision, and as a template', async () => {
    expect(version1.schemaVersion).toBe(1);
    const library = openTestLibrary();
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    library.db.prepare('UPDATE notice_documents SET notice_json = ? WHERE notice_id = ?').run(VERSION_1_JSON, created.id);
    library.db.prepare('UPDATE revisions SET notice_json = ? WHERE id = ?').run(VERSION_1_JSON, created.revisionId);
    library.db
      .prepare("INSERT INTO templates (id, name, description, built_in, sort_order, notice_json, created_at) VALUES ('cu', 'Mẫu cũ', '', 0, 99, ?, ?)")
      .run(VERSION_1_JSON, new Date().toISOString());

    const opened = await call(library, 'getNotice', { id: created.id });
    expect(opened.notice.schemaVersion).toBe(NOTICE_SCHEMA_VERSION);
    expect(opened.notice.summary).toBe(version1.summary);
    const revision = await call(library, 'getRevision', { revisionId: created.revisionId });
    expect(revision.notice.summary).toBe(version1.summary);
    const fromTemplate = await call(library, 'createFromTemplate', { templateId: 'cu' });
    expect(fromTemplate.notice.schemaVersion).toBe(NOTICE_SCHEMA_VERSION);
    const exported = await call(library, 'exportDocx', { id: created.id });
    expect(exported.fileName).toBe('TB-2020-09-30.docx');
  });
});
