/**
 * Notice documents written by earlier versions of the app (the database, saved .json files, templates) are
 * brought to today's shape here before they are validated. When the shape changes: bump NOTICE_SCHEMA_VERSION in
 * ./schema.ts and append the step from the previous version to NOTICE_MIGRATIONS; every reader of stored
 * documents goes through parseStoredNotice / StoredNoticeSchema, so old documents keep opening.
 */
import { z } from 'zod';
import { NOTICE_SCHEMA_VERSION, NoticeSchema, type Notice } from './schema';

type NoticeDocument = Record<string, unknown>;

/** One step: a document of version `from` → the same document in version `from + 1`. */
export interface NoticeMigration {
  from: number;
  up(document: NoticeDocument): NoticeDocument;
}

/**
 * 1 → 2: rich-text runs may carry a footnote, and a deadline may be recurring ("trước ngày 15 hằng tháng"). Both are
 * additions: a version-1 document is a valid version-2 document as it is.
 */
export const NOTICE_MIGRATIONS: readonly NoticeMigration[] = [
  { from: 1, up: (document) => document },
  /** 2 → 3: a run may be a blank bound to a meeting detail (`field`), the trích yếu may have `summaryBlanks`. Additions. */
  { from: 2, up: (document) => document },
];

export interface NoticeVersions {
  current: number;
  migrations: readonly NoticeMigration[];
}

const APP_VERSIONS: NoticeVersions = { current: NOTICE_SCHEMA_VERSION, migrations: NOTICE_MIGRATIONS };

const isDocument = (value: unknown): value is NoticeDocument => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies the steps from the document's version up to `current`. Anything that is not an older document of a
 * known version is returned as it is, for the schema to judge (and name the problem).
 */
export function upgradeNoticeDocument(document: unknown, versions: NoticeVersions = APP_VERSIONS): unknown {
  if (!isDocument(document)) return document;
  let upgraded = document;
  for (let version = upgraded.schemaVersion; typeof version === 'number' && version < versions.current; version = upgraded.schemaVersion) {
    const step = versions.migrations.find((migration) => migration.from === version);
    if (!step) return upgraded;
    upgraded = { ...step.up(upgraded), schemaVersion: version + 1 };
  }
  return upgraded;
}

/** A notice document of any version this app knows, migrated and validated. */
export const StoredNoticeSchema = z.preprocess((document) => upgradeNoticeDocument(document), NoticeSchema);

export const parseStoredNotice = (document: unknown): Notice => StoredNoticeSchema.parse(document);
