/**
 * The notice migration hook: documents of older versions are brought up step by step before validation, and the
 * frozen version-1 document (tests/fixtures/notices) keeps opening whatever the current version is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICE_MIGRATIONS, parseStoredNotice, upgradeNoticeDocument, type NoticeVersions } from '../../shared/notice/migrate';
import { NOTICE_SCHEMA_VERSION } from '../../shared/notice/schema';

const VERSION_1 = JSON.parse(readFileSync(new URL('../fixtures/notices/version-1.notice.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** A test-only history: version 2 added footnotes, version 3 renamed `archive` to `archiveLine`. */
const TEST_VERSIONS: NoticeVersions = {
  current: 3,
  migrations: [
    { from: 2, up: ({ archive, ...document }) => ({ ...document, archiveLine: archive }) },
    { from: 1, up: (document) => ({ ...document, footnotes: [] }) },
  ],
};

describe('upgradeNoticeDocument', () => {
  it('applies every step from the document’s version to the current one, in order', () => {
    const upgraded = upgradeNoticeDocument(VERSION_1, TEST_VERSIONS) as Record<string, unknown>;
    expect(upgraded.schemaVersion).toBe(3);
    expect(upgraded.footnotes).toEqual([]);
    expect(upgraded.archiveLine).toBe(VERSION_1.archive);
    expect(upgraded).not.toHaveProperty('archive');
    expect(upgraded.summary).toBe(VERSION_1.summary);
    expect(VERSION_1.schemaVersion).toBe(1);
  });

  it('leaves current documents, unknown versions and non-documents for the schema to judge', () => {
    const current = { schemaVersion: 3, archiveLine: 'VT' };
    expect(upgradeNoticeDocument(current, TEST_VERSIONS)).toBe(current);
    const newer = { schemaVersion: 9 };
    expect(upgradeNoticeDocument(newer, TEST_VERSIONS)).toBe(newer);
    expect(upgradeNoticeDocument([1], TEST_VERSIONS)).toEqual([1]);
    expect(upgradeNoticeDocument(null, TEST_VERSIONS)).toBeNull();
  });
});

describe("the app's notice versions", () => {
  it('have a migration step from every earlier version', () => {
    for (let version = 1; version < NOTICE_SCHEMA_VERSION; version++) {
      expect(NOTICE_MIGRATIONS.some((migration) => migration.from === version), `no migration from version ${version}`).toBe(true);
    }
  });

  it('open the frozen version-1 document as a notice of the current version', () => {
    const notice = parseStoredNotice(VERSION_1);
    expect(notice.schemaVersion).toBe(NOTICE_SCHEMA_VERSION);
    expect(notice.summary).toBe(VERSION_1.summary);
    expect(notice.body.length).toBe((VERSION_1.body as unknown[]).length);
  });
});
