/**
 * The library: the ApiImplementation of shared/api.ts over the SQLite database.
 * Every write runs in one IMMEDIATE transaction (so another process waits for the lock instead of failing),
 * and every saved state of a notice is a revision.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { format } from 'date-fns';
import {
  ApiError,
  SettingsSchema,
  type Agency,
  type ApiImplementation,
  type NoticeRecord,
  type NoticeStatus,
  type NoticeSummary,
  type RevisionReason,
  type RevisionSummary,
  type SearchResult,
  type Settings,
  type TemplateSummary,
} from '../../../shared/api';
import { findDirectoryConflicts } from '../../../shared/agencies/schema';
import { matchAgency } from '../../../shared/agencies/match';
import { buildNoticeDocx } from '../../../shared/docx/build-notice-docx';
import { splitIsoDate } from '../../../shared/format/dates';
import { formatRegisterNumber } from '../../../shared/format/vietnamese';
import { makeFromPrevious } from '../../../shared/notice/from-previous';
import { countReviewMarks } from '../../../shared/notice/review';
import { NoticeSchema, type Notice } from '../../../shared/notice/schema';
import { applySettingsToNotice } from '../../../shared/settings/defaults';
import { foldVietnamese } from '../../../shared/text/fold';
import { storageErrorFrom } from '../storage/errors';
import { indexNotice, noticeAgencyIds } from '../storage/search-index';
import { statement } from '../storage/statements';
import { previewImport } from '../import/preview';
import { makeSnippet, parseQuery } from './snippet';

/** Autosaves closer together than this collapse into the previous autosave revision. */
export const AUTOSAVE_COLLAPSE_MS = 5_000;
/** …but one autosave revision never spans more than this, so a long session still leaves a readable trail. */
export const AUTOSAVE_MAX_SPAN_MS = 10 * 60_000;

export interface LibraryOptions {
  /** The clock (tests drive it to check autosave collapsing and yearly numbering). */
  now?: () => Date;
}

interface NoticeRow {
  seq: number;
  id: string;
  title: string;
  meeting_date: string | null;
  template_id: string | null;
  status: NoticeStatus;
  number: number | null;
  code: string;
  issue_date: string | null;
  to_review_count: number;
  revision_id: number;
  updated_at: string;
  trashed_at: string | null;
}

interface RevisionRow {
  id: number;
  notice_id: string;
  reason: RevisionReason;
  restored_from: number | null;
  notice_json: string;
  created_at: string;
  saved_at: string;
}

const SUMMARY_COLUMNS = `n.seq, n.id, n.title, n.meeting_date, n.template_id, n.status, n.number, n.code, n.issue_date,
  n.to_review_count, n.revision_id, n.updated_at, n.trashed_at`;

function summaryFromRow(row: NoticeRow): NoticeSummary {
  return {
    id: row.id,
    title: row.title,
    ...(row.meeting_date ? { meetingDate: row.meeting_date } : {}),
    ...(row.template_id ? { templateId: row.template_id } : {}),
    status: row.status,
    ...(row.number !== null ? { number: row.number } : {}),
    code: row.code,
    ...(row.issue_date ? { issueDate: row.issue_date } : {}),
    updatedAt: row.updated_at,
    toReviewCount: row.to_review_count,
    ...(row.trashed_at ? { trashedAt: row.trashed_at } : {}),
  };
}

function revisionFromRow(row: Omit<RevisionRow, 'notice_json'>): RevisionSummary {
  return {
    id: row.id,
    noticeId: row.notice_id,
    createdAt: row.saved_at,
    reason: row.reason,
    ...(row.restored_from !== null ? { restoredFrom: row.restored_from } : {}),
  };
}

const parseNotice = (json: string): Notice => NoticeSchema.parse(JSON.parse(json));

export function noticeTitle(notice: Notice): string {
  return notice.summary.trim().replace(/\s+/g, ' ') || 'Thông báo chưa có trích yếu';
}

/** The register's key for a code: as printed, upper case without spaces ("tb-vp" and "TB-VP" are one series). */
export function registerCode(code: string): string {
  return code.replace(/\s+/gu, '').toLocaleUpperCase('vi');
}

/** `TB-05-2020-10-05.docx` once numbered; a draft is named after its meeting date, `TB-2020-10-05.docx`. */
export function docxFileName(notice: Notice): string {
  const date = notice.number !== undefined ? (notice.date ?? notice.meeting.date) : notice.meeting.date;
  const parts = ['TB'];
  if (notice.number !== undefined) parts.push(String(notice.number).padStart(2, '0'));
  parts.push(date ?? 'du-thao');
  return `${parts.join('-')}.docx`;
}

const notFound = () => new ApiError('not-found', 'Không tìm thấy thông báo này (có thể đã bị xoá hẳn).');

export function createLibraryApi(db: Database.Database, options: LibraryOptions = {}): ApiImplementation {
  const now = options.now ?? (() => new Date());
  const timestamp = () => now().toISOString();
  const today = () => format(now(), 'yyyy-MM-dd');
  /**
   * One IMMEDIATE write transaction. Durability is FULL (the WAL is fsynced at commit) except for autosaves,
   * which run with NORMAL: a power cut may lose the last autosaves since the previous durable commit, never a
   * manual save, an issued number or anything else; the next durable commit flushes them too.
   */
  const write = <T>(work: () => T, durability: 'full' | 'normal' = 'full'): T => {
    // Inside an outer transaction (a batch), the outer one decides; SQLite refuses the pragma there anyway.
    if (durability === 'full' || db.inTransaction) return db.transaction(work).immediate();
    db.pragma('synchronous = NORMAL');
    try {
      return db.transaction(work).immediate();
    } finally {
      db.pragma('synchronous = FULL');
    }
  };

  const row = (id: string): NoticeRow | undefined =>
    statement(db, `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE n.id = ?`).get(id) as NoticeRow | undefined;
  function existing(id: string): NoticeRow {
    const found = row(id);
    if (!found) throw notFound();
    return found;
  }
  const noticeOf = (id: string): Notice =>
    parseNotice((statement(db, 'SELECT notice_json FROM notice_documents WHERE notice_id = ?').get(id) as { notice_json: string }).notice_json);

  function record(id: string): NoticeRecord {
    const found = existing(id);
    return { ...summaryFromRow(found), notice: noticeOf(id), revisionId: found.revision_id };
  }

  function assertEditable(found: NoticeRow): void {
    if (found.status === 'issued') {
      throw new ApiError(
        'read-only',
        `Thông báo số ${formatRegisterNumber(found.number ?? 0, found.code)} đã ban hành nên không sửa trực tiếp được. ` +
          'Để đính chính, hãy nhân bản thành một bản dự thảo mới.',
      );
    }
    if (found.trashed_at) throw new ApiError('conflict', 'Thông báo đang ở thùng rác. Hãy khôi phục trước khi sửa.');
  }

  function addRevision(noticeId: string, notice: Notice, reason: RevisionReason, restoredFrom?: number): number {
    const at = timestamp();
    const json = JSON.stringify(notice);
    if (reason === 'autosave') {
      const last = statement(db, 'SELECT id, reason, created_at, saved_at FROM revisions WHERE notice_id = ? ORDER BY id DESC LIMIT 1').get(
        noticeId,
      ) as Pick<RevisionRow, 'id' | 'reason' | 'created_at' | 'saved_at'> | undefined;
      const nowMs = Date.parse(at);
      if (
        last?.reason === 'autosave' &&
        nowMs - Date.parse(last.saved_at) <= AUTOSAVE_COLLAPSE_MS &&
        nowMs - Date.parse(last.created_at) < AUTOSAVE_MAX_SPAN_MS
      ) {
        statement(db, 'UPDATE revisions SET notice_json = ?, saved_at = ? WHERE id = ?').run(json, at, last.id);
        return last.id;
      }
    }
    const result = statement(
      db,
      'INSERT INTO revisions (notice_id, reason, restored_from, notice_json, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(noticeId, reason, restoredFrom ?? null, json, at, at);
    return Number(result.lastInsertRowid);
  }

  /** Writes the notice's current state (row, revision, search index, agency links). Inside a transaction. */
  function store(
    id: string,
    notice: Notice,
    reason: RevisionReason,
    extra: { status?: NoticeStatus; restoredFrom?: number } = {},
  ): number {
    const at = timestamp();
    const columns = [
      noticeTitle(notice),
      notice.meeting.date ?? null,
      notice.templateId ?? null,
      notice.number ?? null,
      notice.code,
      notice.date ?? null,
      countReviewMarks(notice),
      at,
    ];
    let found = row(id);
    if (!found) {
      statement(
        db,
        `INSERT INTO notices (id, title, meeting_date, template_id, number, code, issue_date, to_review_count,
           updated_at, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?)`,
      ).run(id, ...columns, at);
      found = existing(id);
    } else {
      statement(
        db,
        `UPDATE notices SET title = ?, meeting_date = ?, template_id = ?, number = ?, code = ?,
           issue_date = ?, to_review_count = ?, updated_at = ? WHERE id = ?`,
      ).run(...columns, id);
    }
    statement(
      db,
      `INSERT INTO notice_documents (notice_id, notice_json) VALUES (?, ?)
       ON CONFLICT (notice_id) DO UPDATE SET notice_json = excluded.notice_json`,
    ).run(id, JSON.stringify(notice));
    const revisionId = addRevision(id, notice, reason, extra.restoredFrom);
    statement(db, 'UPDATE notices SET revision_id = ?, status = COALESCE(?, status) WHERE id = ?').run(
      revisionId,
      extra.status ?? null,
      id,
    );
    indexNotice(db, found.seq, notice);
    statement(db, 'DELETE FROM notice_agencies WHERE notice_id = ?').run(id);
    for (const agencyId of noticeAgencyIds(notice)) {
      statement(db, 'INSERT INTO notice_agencies (notice_id, agency_id) VALUES (?, ?)').run(id, agencyId);
    }
    return revisionId;
  }

  function createDraft(notice: Notice): NoticeRecord {
    const id = randomUUID();
    write(() => store(id, notice, 'create'));
    return record(id);
  }

  function getSettings(): Settings {
    const found = statement(db, "SELECT value_json FROM settings WHERE key = 'settings'").get() as { value_json: string } | undefined;
    if (!found) throw new ApiError('storage', 'Chưa có cấu hình của cơ quan ban hành trong kho dữ liệu.');
    return SettingsSchema.parse(JSON.parse(found.value_json));
  }

  function listAgencies(): Agency[] {
    const rows = statement(db, 'SELECT id, name, short_name, aliases_json, kind FROM agencies ORDER BY sort_order, id').all() as {
      id: string;
      name: string;
      short_name: string;
      aliases_json: string;
      kind: Agency['kind'];
    }[];
    return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, aliases: JSON.parse(r.aliases_json) as string[], kind: r.kind }));
  }

  /** A name that would point to two agencies makes matching ambiguous: refused, with the clashing names. */
  function assertNoDirectoryConflict(agencies: Agency[]): void {
    const conflicts = findDirectoryConflicts(agencies);
    if (conflicts.length > 0) {
      throw new ApiError(
        'invalid-request',
        'Tên hoặc tên gọi khác của cơ quan trùng với một cơ quan đã có trong danh bạ.',
        conflicts.map((c) => ({ path: c.path.join('.'), message: c.message })),
      );
    }
  }

  const implementation: ApiImplementation = {
    listNotices({ status, trashed, limit, offset }) {
      const where = [trashed ? 'n.trashed_at IS NOT NULL' : 'n.trashed_at IS NULL'];
      const params: unknown[] = [];
      if (status) {
        where.push('n.status = ?');
        params.push(status);
      }
      const clause = where.join(' AND ');
      const rows = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE ${clause} ORDER BY n.updated_at DESC, n.seq DESC LIMIT ? OFFSET ?`).all(
        ...params,
        limit,
        offset,
      ) as NoticeRow[];
      const { total } = statement(db, `SELECT count(*) AS total FROM notices n WHERE ${clause}`).get(...params) as { total: number };
      return { notices: rows.map(summaryFromRow), total };
    },

    searchNotices({ query, from, to, status, agencyId, limit }) {
      const where = ['n.trashed_at IS NULL'];
      const params: unknown[] = [];
      const filter = (sql: string, value: unknown) => {
        where.push(sql);
        params.push(value);
      };
      if (from) filter('n.meeting_date >= ?', from);
      if (to) filter('n.meeting_date <= ?', to);
      if (status) filter('n.status = ?', status);
      if (agencyId) filter('n.id IN (SELECT notice_id FROM notice_agencies WHERE agency_id = ?)', agencyId);
      const parsed = parseQuery(query);
      if (!parsed) {
        const rows = statement(
          db,
          `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE ${where.join(' AND ')}
           ORDER BY n.meeting_date IS NULL, n.meeting_date DESC, n.updated_at DESC LIMIT ?`,
        ).all(...params, limit) as NoticeRow[];
        return { results: rows.map((r) => ({ ...summaryFromRow(r), snippet: [] })) };
      }
      // Ranked in two tiers: notices whose trích yếu holds every word, then those that hold them anywhere; newest
      // meeting first within a tier. Each tier walks the meeting-date index and stops at the limit, so the cost
      // barely grows with the number of matches. (bm25 was dropped: scoring reads every term position of every
      // match, 15-30 ms over 10,000 notices for common words such as "so y te".)
      const tier = (match: string, count: number) =>
        statement(
          db,
          `SELECT n.seq FROM notices n INDEXED BY notices_by_meeting_date
           WHERE n.seq IN (SELECT rowid FROM notice_search WHERE notice_search MATCH ?) AND ${where.join(' AND ')}
           ORDER BY n.meeting_date DESC, n.seq DESC LIMIT ?`,
        )
          .pluck()
          .all(match, ...params, count) as number[];
      const inTitle = tier(`{title} : (${parsed.match})`, limit);
      const titled = new Set(inTitle);
      const ranked =
        inTitle.length < limit
          ? [...inTitle, ...tier(parsed.match, limit + inTitle.length).filter((seq) => !titled.has(seq))].slice(0, limit)
          : inTitle;
      const shown = statement(
        db,
        `SELECT ${SUMMARY_COLUMNS}, s.original FROM notices n JOIN notice_search s ON s.rowid = n.seq WHERE n.seq = ?`,
      );
      const results: SearchResult[] = ranked.map((seq) => {
        const r = shown.get(seq) as NoticeRow & { original: string };
        return { ...summaryFromRow(r), snippet: makeSnippet(r.original, parsed.terms) };
      });
      return { results };
    },

    getNotice: ({ id }) => record(id),

    createFromTemplate({ templateId }) {
      const template = statement(db, 'SELECT id, notice_json FROM templates WHERE id = ?').get(templateId) as
        | { id: string; notice_json: string }
        | undefined;
      if (!template) throw new ApiError('not-found', 'Không tìm thấy mẫu thông báo này.');
      const notice = applySettingsToNotice(parseNotice(template.notice_json), getSettings());
      return createDraft({ ...notice, number: undefined, date: undefined, templateId: template.id });
    },

    createFromPrevious({ sourceId, templateId }) {
      let source = sourceId;
      if (!source) {
        const latest = statement(
          db,
          `SELECT id FROM notices WHERE trashed_at IS NULL AND (? IS NULL OR template_id = ?)
           ORDER BY meeting_date IS NULL, meeting_date DESC, updated_at DESC LIMIT 1`,
        ).get(templateId ?? null, templateId ?? null) as { id: string } | undefined;
        if (!latest) {
          throw new ApiError('not-found', templateId ? 'Chưa có thông báo nào làm từ mẫu này để dùng lại.' : 'Thư viện chưa có thông báo nào để dùng lại.');
        }
        source = latest.id;
      }
      existing(source);
      return createDraft(makeFromPrevious(noticeOf(source), { newId: () => randomUUID() }));
    },

    previewImport: (request) => previewImport(request, { directory: listAgencies(), settings: getSettings() }),

    createFromNotice: ({ notice }) => createDraft(notice),

    saveNotice({ id, notice, reason }) {
      return write(() => {
        assertEditable(existing(id));
        const revisionId = store(id, notice, reason);
        return { revisionId, updatedAt: existing(id).updated_at };
      }, reason === 'autosave' ? 'normal' : 'full');
    },

    listRevisions({ id }) {
      existing(id);
      const rows = statement(
        db,
        'SELECT id, notice_id, reason, restored_from, created_at, saved_at FROM revisions WHERE notice_id = ? ORDER BY id DESC',
      ).all(id) as Omit<RevisionRow, 'notice_json'>[];
      return { revisions: rows.map(revisionFromRow) };
    },

    getRevision({ revisionId }) {
      const found = statement(db, 'SELECT * FROM revisions WHERE id = ?').get(revisionId) as RevisionRow | undefined;
      if (!found) throw new ApiError('not-found', 'Không tìm thấy phiên bản này.');
      return { revision: revisionFromRow(found), notice: parseNotice(found.notice_json) };
    },

    restoreRevision({ id, revisionId }) {
      write(() => {
        assertEditable(existing(id));
        const found = statement(db, 'SELECT * FROM revisions WHERE id = ? AND notice_id = ?').get(revisionId, id) as RevisionRow | undefined;
        if (!found) throw new ApiError('not-found', 'Không tìm thấy phiên bản này của thông báo.');
        store(id, parseNotice(found.notice_json), 'restore', { restoredFrom: revisionId });
      });
      return record(id);
    },

    duplicateNotice({ id }) {
      existing(id);
      const notice = noticeOf(id);
      return createDraft({ ...notice, number: undefined, date: undefined });
    },

    trashNotice({ id }) {
      write(() => {
        const found = existing(id);
        if (!found.trashed_at) statement(db, 'UPDATE notices SET trashed_at = ? WHERE id = ?').run(timestamp(), id);
      });
      return { ok: true as const };
    },

    restoreFromTrash({ id }) {
      write(() => {
        existing(id);
        statement(db, 'UPDATE notices SET trashed_at = NULL WHERE id = ?').run(id);
      });
      return { ok: true as const };
    },

    deleteForever({ id }) {
      write(() => {
        const found = existing(id);
        if (!found.trashed_at) throw new ApiError('conflict', 'Chỉ xoá hẳn được thông báo đã chuyển vào thùng rác.');
        if (found.status === 'issued') {
          throw new ApiError('read-only', 'Thông báo đã ban hành là văn bản đã vào sổ nên phải được lưu giữ, không xoá hẳn được.');
        }
        statement(db, 'DELETE FROM notice_search WHERE rowid = ?').run(found.seq);
        statement(db, 'DELETE FROM notices WHERE id = ?').run(id);
      });
      return { ok: true as const };
    },

    issueNotice({ id, date }) {
      write(() => {
        const found = existing(id);
        if (found.status === 'issued') {
          throw new ApiError('conflict', `Thông báo đã được ban hành với số ${formatRegisterNumber(found.number ?? 0, found.code)}.`);
        }
        if (found.trashed_at) throw new ApiError('conflict', 'Thông báo đang ở thùng rác. Hãy khôi phục trước khi ban hành.');
        if (found.to_review_count > 0) {
          throw new ApiError('conflict', `Còn ${found.to_review_count} đoạn chép từ thông báo trước chưa được rà soát. Hãy rà soát hết trước khi ban hành.`);
        }
        const issueDate = date ?? today();
        const { year } = splitIsoDate(issueDate);
        const notice = noticeOf(id);
        const code = registerCode(notice.code);
        // Inside the write lock: nobody else can take the same number between this read and the insert.
        const { next } = statement(db, 'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM register_entries WHERE code = ? AND year = ?').get(
          code,
          year,
        ) as { next: number };
        statement(db, 'INSERT INTO register_entries (code, year, number, notice_id, issue_date, issued_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          code,
          year,
          next,
          id,
          issueDate,
          timestamp(),
        );
        store(id, { ...notice, number: next, date: issueDate }, 'issue', { status: 'issued' });
      });
      return record(id);
    },

    listTemplates() {
      const rows = statement(db, 'SELECT id, name, description, built_in FROM templates ORDER BY built_in DESC, sort_order, name').all() as {
        id: string;
        name: string;
        description: string;
        built_in: number;
      }[];
      return { templates: rows.map((r): TemplateSummary => ({ id: r.id, name: r.name, description: r.description, builtIn: r.built_in === 1 })) };
    },

    saveAsTemplate({ id, name, description }) {
      existing(id);
      const templateId = `mau-${randomUUID()}`;
      const notice: Notice = { ...noticeOf(id), number: undefined, date: undefined, templateId };
      write(() => {
        const { next } = statement(db, 'SELECT COALESCE(MAX(sort_order), 0) + 1 AS next FROM templates').get() as { next: number };
        statement(
          db,
          'INSERT INTO templates (id, name, description, built_in, sort_order, notice_json, created_at) VALUES (?, ?, ?, 0, ?, ?, ?)',
        ).run(templateId, name, description, next, JSON.stringify(notice), timestamp());
      });
      return { id: templateId, name, description, builtIn: false };
    },

    listAgencies: () => ({ agencies: listAgencies() }),

    lookupAgency({ text }) {
      const agency = matchAgency(text, listAgencies());
      return agency ? { agency } : {};
    },

    addAgency(input) {
      return write(() => {
        const agency = { ...input, shortName: input.shortName.trim() || input.name };
        const base = foldVietnamese(agency.shortName || agency.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'co-quan';
        let id = base;
        for (let n = 2; statement(db, 'SELECT 1 FROM agencies WHERE id = ?').get(id); n++) id = `${base}-${n}`;
        assertNoDirectoryConflict([...listAgencies(), { ...agency, id }]);
        const { next } = statement(db, 'SELECT COALESCE(MAX(sort_order), 0) + 1 AS next FROM agencies').get() as { next: number };
        statement(
          db,
          'INSERT INTO agencies (id, name, short_name, aliases_json, kind, sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(id, agency.name, agency.shortName, JSON.stringify(agency.aliases), agency.kind, next, timestamp());
        return { ...agency, id };
      });
    },

    updateAgency(input) {
      return write(() => {
        const agency = { ...input, shortName: input.shortName.trim() || input.name };
        assertNoDirectoryConflict(listAgencies().map((a) => (a.id === agency.id ? agency : a)));
        const result = statement(db, 'UPDATE agencies SET name = ?, short_name = ?, aliases_json = ?, kind = ?, updated_at = ? WHERE id = ?').run(
          agency.name,
          agency.shortName,
          JSON.stringify(agency.aliases),
          agency.kind,
          timestamp(),
          agency.id,
        );
        if (result.changes === 0) throw new ApiError('not-found', 'Không tìm thấy cơ quan này trong danh bạ.');
        return agency;
      });
    },

    getSettings,

    setSettings(settings) {
      write(() => statement(db, "INSERT INTO settings (key, value_json) VALUES ('settings', ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json").run(JSON.stringify(settings)));
      return settings;
    },

    async exportDocx({ id }) {
      const notice = record(id).notice;
      const bytes = await buildNoticeDocx(notice);
      return { fileName: docxFileName(notice), base64: Buffer.from(bytes).toString('base64') };
    },
  };

  // SQLite failures reach the user as ApiError('storage') with a Vietnamese message.
  const guarded = Object.fromEntries(
    Object.entries(implementation).map(([name, method]) => [
      name,
      (request: unknown) => {
        try {
          const result = (method as (r: unknown) => unknown)(request);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(storageErrorFrom(error))) : result;
        } catch (error) {
          throw storageErrorFrom(error);
        }
      },
    ]),
  );
  return guarded as ApiImplementation;
}
