/**
 * The one API of the app: every operation the UI can ask for, with request and response schemas.
 * One implementation lives on the Node side (electron/services); three transports reach it:
 * Electron IPC (preload + main), the local web host (HTTP on 127.0.0.1), and the command line.
 * Every transport validates requests with these schemas before calling the service.
 */
import { z } from 'zod';
import { BlockSchema, IsoDateSchema, NoticeSchema } from './notice/schema';
import { LimitedNoticeSchema } from './notice/limited-schema';
import { SectionTemplateSchema } from './notice/section-templates';
import { IMPORT_LIMITS, MAX_IMPORT_BASE64_LENGTH } from './import/limits';
import { ImportResultSchema } from './import/result';
import { AgencyIdSchema, AgencySchema, NewAgencySchema } from './agencies/schema';
import { RegisterSeriesRequestSchema, RegisterSeriesSchema } from './register/schema';
import type { ApiMethodName } from './api-methods';
import { API_ERROR_CODES, type ApiErrorPayload } from './api-error';

export { apiMethodNames, type ApiMethodName } from './api-methods';
export { API_ERROR_CODES, ApiError, type ApiErrorCode, type ApiErrorPayload } from './api-error';

export const NoticeStatusSchema = z.enum(['draft', 'issued']);
export type NoticeStatus = z.infer<typeof NoticeStatusSchema>;

const IdSchema = z.string().min(1).max(100);
/** ISO 8601 timestamp in UTC, e.g. 2026-11-27T09:00:00.000Z. */
const TimestampSchema = z.string();

/** What lists and search results show of a notice. */
export const NoticeSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  meetingDate: IsoDateSchema.optional(),
  templateId: z.string().optional(),
  status: NoticeStatusSchema,
  number: z.number().int().optional(),
  code: z.string(),
  issueDate: IsoDateSchema.optional(),
  updatedAt: TimestampSchema,
  /** How many blocks (and the trích yếu) still carry a "to review" mark. */
  toReviewCount: z.number().int().min(0),
  trashedAt: TimestampSchema.optional(),
});
export type NoticeSummary = z.infer<typeof NoticeSummarySchema>;

/** A notice as the editor opens it. */
export const NoticeRecordSchema = NoticeSummarySchema.extend({
  notice: NoticeSchema,
  /** The revision this state was saved as. */
  revisionId: z.number().int(),
});
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

export const RevisionReasonSchema = z.enum(['create', 'autosave', 'manual', 'restore', 'issue']);
export type RevisionReason = z.infer<typeof RevisionReasonSchema>;

export const RevisionSummarySchema = z.object({
  id: z.number().int(),
  noticeId: IdSchema,
  createdAt: TimestampSchema,
  reason: RevisionReasonSchema,
  /** For a restore: the revision it brought back. */
  restoredFrom: z.number().int().optional(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** A copy sent for review ("DỰ THẢO LẦN n"): which revision it shows, its number, when and to whom it went. */
export const ReviewCopySchema = z.object({
  revisionId: z.number().int(),
  copyNumber: z.number().int().min(1),
  sentTo: z.string(),
  sentAt: TimestampSchema,
  format: z.enum(['docx', 'pdf']),
});
export type ReviewCopy = z.infer<typeof ReviewCopySchema>;

/** A comment that came back (the leader's notes), attached to the revision it concerns. */
export const RevisionCommentSchema = z.object({
  id: z.number().int(),
  revisionId: z.number().int(),
  author: z.string(),
  text: z.string(),
  addedAt: TimestampSchema,
});
export type RevisionComment = z.infer<typeof RevisionCommentSchema>;

/** A piece of a search snippet; `match` marks the words that matched (shown highlighted). */
export const SnippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPartSchema>;

export const SearchResultSchema = NoticeSummarySchema.extend({
  snippet: z.array(SnippetPartSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const TemplateSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  /**
   * When the structure the template assumes has changed by today: each agency it names that no longer exists, with
   * what replaced it ("Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025").
   */
  structureChanges: z.array(z.string()).optional(),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export { AgencySchema, type Agency } from './agencies/schema';

export const SignerSchema = z.object({
  id: IdSchema,
  authorityLines: z.array(z.string()),
  title: z.string(),
  name: z.string(),
});
export type Signer = z.infer<typeof SignerSchema>;

export const RecipientPresetSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  recipients: z.array(z.string()),
  archive: z.string(),
});
export type RecipientPreset = z.infer<typeof RecipientPresetSchema>;

/**
 * An issuer form: the header lines, code, closing sentence and signature forms a notice is issued under (the
 * Office: "UBND TỈNH LAI CHÂU / VĂN PHÒNG", TB-VP; the Committee: "ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU", TB-UBND). Each
 * code is its own register series.
 */
export const IssuerFormSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'Cần tên hình thức ban hành'),
  parentAgency: z.string(),
  agency: z.string().trim().min(1, 'Cần tên cơ quan ban hành'),
  code: z.string().trim().min(1, 'Cần ký hiệu văn bản'),
  closing: z.string(),
  signers: z.array(SignerSchema),
  defaultSignerId: z.string().optional(),
});
export type IssuerForm = z.infer<typeof IssuerFormSchema>;

/** The issuer profile and presets; Lai Châu's Office and Committee are preset on first run. */
export const SettingsSchema = z
  .object({
    /** What every issuer form shares: the place name and the archive line ("Lưu: VT, TH"). */
    issuer: z.object({
      place: z.string().trim().min(1, 'Cần địa danh'),
      archive: z.string(),
    }),
    issuerForms: z.array(IssuerFormSchema).min(1, 'Cần ít nhất một hình thức ban hành'),
    /** The form new drafts and imports take; each notice may choose another in the editor. */
    defaultIssuerFormId: IdSchema,
    author: z.string(),
    recipientPresets: z.array(RecipientPresetSchema),
    /** LibreOffice's soffice chosen by the user, for PDF export (else it is looked for in its usual places). */
    libreOfficePath: z.string().trim().max(1000).optional(),
  })
  .refine((settings) => settings.issuerForms.some((form) => form.id === settings.defaultIssuerFormId), {
    message: 'Hình thức ban hành mặc định không có trong danh sách',
    path: ['defaultIssuerFormId'],
  });
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * How a PDF was made: LibreOffice converting the exported .docx (PDF/A-2b), or, where LibreOffice is absent, the
 * app's own print view (the desktop shell prints it to PDF; the browser shows its print dialog).
 */
export const PdfRouteSchema = z.enum(['libreoffice', 'print-view']);
export type PdfRoute = z.infer<typeof PdfRouteSchema>;

const WordPartSchema = z.object({ text: z.string(), change: z.enum(['same', 'added', 'removed']) });
const FieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
  parts: z.array(WordPartSchema),
});
/** shared/compare/compare-notices.ts's NoticeComparison. */
export const NoticeComparisonSchema = z.object({
  fields: z.array(FieldChangeSchema),
  blocks: z.array(
    z.object({
      blockId: z.string(),
      status: z.enum(['inserted', 'deleted', 'moved', 'changed', 'same']),
      kindLabel: z.string(),
      labelBefore: z.string().optional(),
      labelAfter: z.string().optional(),
      parts: z.array(WordPartSchema),
      details: z.array(FieldChangeSchema),
      alsoChanged: z.boolean().optional(),
    }),
  ),
  counts: z.object({ inserted: z.number(), deleted: z.number(), moved: z.number(), changed: z.number() }),
});

/** Two saved versions of a notice; without `to`, the older one against the current text. */
const CompareRequest = z.object({ id: IdSchema, from: z.number().int(), to: z.number().int().optional() });

/** One finding of the check engine (shared/checks), as the API carries it. */
export const CheckFindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  location: z.object({
    path: z.string(),
    blockIndex: z.number().int().optional(),
    blockId: z.string().optional(),
    subItemId: z.string().optional(),
    offset: z.number().int(),
    length: z.number().int(),
  }),
  fixes: z.array(z.object({ label: z.string(), replacement: z.string() })).optional(),
  /** Where it is, in the notice's words ("Nhiệm vụ 5, mục II"), and the located words with some context. */
  where: z.string(),
  excerpt: z.string().optional(),
});
export type CheckFinding = z.infer<typeof CheckFindingSchema>;

/** Errors the user issued a notice with, and why: kept in the notice's history. */
export const CheckAcceptanceSchema = z.object({
  acceptedAt: TimestampSchema,
  reason: z.string(),
  findings: z.array(CheckFindingSchema),
});
export type CheckAcceptance = z.infer<typeof CheckAcceptanceSchema>;

const DictionaryWord = z.object({ word: z.string().trim().min(1, 'Cần một từ').max(100, 'Từ quá dài') });
const DictionaryWords = z.object({ words: z.array(z.string()) });

const Empty = z.object({});
const ById = z.object({ id: IdSchema });
const Ok = z.object({ ok: z.literal(true) });

/**
 * Every method: its request and response schema. Names are the IPC channel suffixes and HTTP paths
 * (`/api/<name>`), so keep them stable.
 */
/** An import's id, chosen by the caller (a UUID in the app). */
const ImportJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/u, 'Mã lượt nhập không hợp lệ');

export const apiMethods = {
  listNotices: {
    request: z.object({
      status: NoticeStatusSchema.optional(),
      trashed: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    response: z.object({ notices: z.array(NoticeSummarySchema), total: z.number().int() }),
  },
  searchNotices: {
    request: z.object({
      query: z.string().max(500),
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
      status: NoticeStatusSchema.optional(),
      agencyId: z.string().optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    response: z.object({ results: z.array(SearchResultSchema) }),
  },
  getNotice: { request: ById, response: NoticeRecordSchema },
  createFromTemplate: { request: z.object({ templateId: IdSchema }), response: NoticeRecordSchema },
  /** "New from last month": a new draft from the notice `sourceId` (the dialog and the command line pick it). */
  createFromPrevious: {
    request: z.object({
      sourceId: IdSchema,
      /** The new meeting's date; by default the source's moved one month on. */
      meetingDate: IsoDateSchema.optional(),
    }),
    response: NoticeRecordSchema,
  },
  /**
   * "Nhập thông báo cũ": pasted `text`, or a .txt/.docx file's bytes as `base64`, read into a Notice and a report of
   * what was recognised, for the preview. Nothing is stored; the draft is then made with createFromNotice.
   */
  previewImport: {
    request: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        base64: z.string().max(MAX_IMPORT_BASE64_LENGTH, 'Tệp quá lớn để nhập').optional(),
        text: z.string().max(IMPORT_LIMITS.maxTextBytes, 'Văn bản quá dài để nhập').optional(),
        /** The caller's id for this import, to follow it with importProgress and stop it with cancelImport. */
        jobId: ImportJobIdSchema.optional(),
      })
      .refine((request) => (request.base64 === undefined) !== (request.text === undefined), {
        message: 'Cần gửi đúng một trong hai: nội dung tệp hoặc văn bản dán vào',
      }),
    response: ImportResultSchema,
  },
  /** How far the running import of that id is (0 to 1); `running` is false once it has ended or was never started. */
  importProgress: {
    request: z.object({ jobId: ImportJobIdSchema }),
    response: z.object({ running: z.boolean(), fraction: z.number().min(0).max(1) }),
  },
  /** Stops the running import of that id ("Hủy"): its previewImport fails with a Vietnamese message. */
  cancelImport: { request: z.object({ jobId: ImportJobIdSchema }), response: z.object({ ok: z.literal(true) }) },
  /** Creates a draft from a whole Notice (import). */
  createFromNotice: { request: z.object({ notice: LimitedNoticeSchema }), response: NoticeRecordSchema },
  /**
   * Saves the notice as a new revision. `baseRevisionId` is the revision the writer's text started from (the one
   * it opened or last saved): when another writer saved since, nothing is overwritten — the text is kept as its
   * own revision, the notice stays as the other writer left it, and `conflict` names the current revision.
   */
  saveNotice: {
    request: z.object({
      id: IdSchema,
      notice: LimitedNoticeSchema,
      reason: z.enum(['autosave', 'manual']),
      baseRevisionId: z.number().int(),
      /** One editor session: autosaves merge only into the same writer's previous autosave. */
      writerId: z.string().min(1).max(100).optional(),
    }),
    response: z.object({
      revisionId: z.number().int(),
      updatedAt: TimestampSchema,
      conflict: z.object({ currentRevisionId: z.number().int() }).optional(),
    }),
  },
  listRevisions: {
    request: ById,
    response: z.object({
      revisions: z.array(RevisionSummarySchema),
      reviewCopies: z.array(ReviewCopySchema),
      comments: z.array(RevisionCommentSchema),
    }),
  },
  getRevision: {
    request: z.object({ revisionId: z.number().int() }),
    response: z.object({ revision: RevisionSummarySchema, notice: NoticeSchema }),
  },
  restoreRevision: {
    request: z.object({ id: IdSchema, revisionId: z.number().int() }),
    response: NoticeRecordSchema,
  },
  compareVersions: {
    request: CompareRequest,
    response: z.object({ comparison: NoticeComparisonSchema, beforeLabel: z.string(), afterLabel: z.string() }),
  },
  /** The comparison as a .docx with Word tracked changes, to send. */
  exportComparisonDocx: {
    request: CompareRequest,
    response: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /**
   * "Xuất bản dự thảo": the current draft as a copy for review, marked "DỰ THẢO LẦN n" (n counted per notice), with
   * no number or date; the state is kept as a revision and the history records copy n, when and to whom. A PDF
   * comes back as bytes on the LibreOffice route; on the print-view route (no LibreOffice) none do: the copy is
   * recorded all the same and the client prints the copy's print view (`#/ban-in/<id>/du-thao/<n>`), which shows
   * the recorded revision with the mark, as often as needed. The desktop shell saves the copy where the user
   * chooses through its own channel (DesktopFiles.exportReviewCopyToFile in shared/desktop-bridge.ts).
   */
  exportReviewCopy: {
    request: z.object({
      id: IdSchema,
      sentTo: z.string().trim().min(1, 'Ghi rõ bản dự thảo gửi cho ai').max(500, 'Nơi nhận quá dài (tối đa 500 ký tự)'),
      format: z.enum(['docx', 'pdf']),
    }),
    response: z.object({
      fileName: z.string(),
      base64: z.string().optional(),
      copyNumber: z.number().int(),
      revisionId: z.number().int(),
      /** How a PDF copy is made; absent for a .docx. */
      route: PdfRouteSchema.optional(),
    }),
  },
  /** Attaches a comment that came back (e.g. the leader's notes on a review copy) to one revision, as text. */
  addRevisionComment: {
    request: z.object({
      id: IdSchema,
      revisionId: z.number().int(),
      author: z.string().trim().max(200, 'Tên người góp ý quá dài').default(''),
      text: z.string().trim().min(1, 'Cần nội dung ý kiến').max(10_000, 'Ý kiến quá dài (tối đa 10 000 ký tự)'),
    }),
    response: z.object({ comments: z.array(RevisionCommentSchema) }),
  },
  duplicateNotice: { request: ById, response: NoticeRecordSchema },
  trashNotice: { request: ById, response: Ok },
  restoreFromTrash: { request: ById, response: Ok },
  deleteForever: { request: ById, response: Ok },
  /**
   * The check engine's findings on the stored notice. Refuses nothing: "Ban hành" (issueNotice) refuses a notice
   * with errors unless `acceptance` gives the reason, which is kept in the history (listCheckAcceptances).
   */
  checkNotice: {
    request: z.object({ id: IdSchema, today: IsoDateSchema.optional() }),
    response: z.object({
      findings: z.array(CheckFindingSchema),
      errors: z.number().int().min(0),
      /** Decision 45/2018/QĐ-TTg: due 5 working days after the meeting. */
      due: z.object({ dueDate: IsoDateSchema, workingDaysLeft: z.number().int().optional() }).optional(),
    }),
  },
  /** Assigns the next register number for the notice's code and year, and marks it issued. */
  issueNotice: {
    request: z.object({
      id: IdSchema,
      date: IsoDateSchema.optional(),
      acceptance: z.object({ reason: z.string().trim().min(5, 'Ghi rõ lý do ban hành khi còn lỗi (ít nhất 5 ký tự)').max(20000, 'Lý do quá dài') }).optional(),
    }),
    response: NoticeRecordSchema,
  },
  /** The outgoing register of a code and year (number, date, trích yếu, signer, recipients), its start and next number. */
  listRegister: { request: RegisterSeriesRequestSchema, response: RegisterSeriesSchema },
  /** The number a year's series starts at (for an office that numbered on paper until then); above any number given. */
  setRegisterStart: {
    request: RegisterSeriesRequestSchema.extend({
      startNumber: z.number().int().min(1, 'Số bắt đầu phải từ 1 trở lên').max(99999, 'Số bắt đầu quá lớn'),
    }),
    response: RegisterSeriesSchema,
  },
  /** The register sheet of Decree 30 Appendix IV for a code and year, as a landscape .docx. */
  exportRegisterDocx: { request: RegisterSeriesRequestSchema, response: z.object({ fileName: z.string(), base64: z.string() }) },
  listCheckAcceptances: { request: ById, response: z.object({ acceptances: z.array(CheckAcceptanceSchema) }) },
  /** The user's dictionary: words, names and abbreviations the spelling check accepts. */
  listDictionaryWords: { request: Empty, response: DictionaryWords },
  addDictionaryWord: { request: DictionaryWord, response: DictionaryWords },
  removeDictionaryWord: { request: DictionaryWord, response: DictionaryWords },
  /**
   * The Vietnamese syllable list the spelling check accepts (the separate GPL data file, see README "Checks"), for
   * the editor's checks as the user types: the same knowledge as checkNotice, so both find the same.
   */
  listSpellingSyllables: { request: Empty, response: DictionaryWords },
  listTemplates: { request: Empty, response: z.object({ templates: z.array(TemplateSummarySchema) }) },
  saveAsTemplate: {
    request: z.object({ id: IdSchema, name: z.string().trim().min(1, 'Cần tên mẫu'), description: z.string().default('') }),
    response: TemplateSummarySchema,
  },
  /** The user's own section templates (the built-in ones ship with the app: shared/notice/section-templates.ts). */
  listSectionTemplates: { request: Empty, response: z.object({ templates: z.array(SectionTemplateSchema) }) },
  /** A new section template (no id) or new name, description and blocks for one (its id). */
  saveSectionTemplate: {
    request: z.object({
      id: IdSchema.optional(),
      name: z.string().trim().min(1, 'Cần tên mẫu').max(200),
      description: z.string().max(2000).default(''),
      blocks: z.array(BlockSchema).min(1, 'Mẫu phần cần ít nhất một khối nội dung'),
    }),
    response: SectionTemplateSchema,
  },
  deleteSectionTemplate: { request: ById, response: Ok },
  listAgencies: { request: Empty, response: z.object({ agencies: z.array(AgencySchema) }) },
  lookupAgency: {
    request: z.object({ text: z.string().max(500) }),
    response: z.object({ agency: AgencySchema.optional() }),
  },
  addAgency: { request: NewAgencySchema, response: AgencySchema },
  updateAgency: { request: NewAgencySchema.extend({ id: AgencyIdSchema }), response: AgencySchema },
  /** Removes an agency; notices that named it keep the name as written, unlinked. */
  deleteAgency: { request: z.object({ id: AgencyIdSchema }), response: Ok },
  /** Merges agency `id` into `intoId`: its names become aliases, notices keep their text and link the other. */
  mergeAgency: { request: z.object({ id: AgencyIdSchema, intoId: AgencyIdSchema }), response: AgencySchema },
  getSettings: { request: Empty, response: SettingsSchema },
  setSettings: { request: SettingsSchema, response: SettingsSchema },
  /**
   * The official .docx of a notice, as bytes (base64) with its file name, for the browser to download. The desktop
   * shell saves to a file instead, in the main process (DesktopFiles.exportToFile in shared/desktop-bridge.ts).
   */
  exportDocx: {
    request: ById,
    response: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /**
   * The notice as PDF. On the LibreOffice route the bytes come back (base64); on the print-view route (no LibreOffice)
   * none do and the client prints its print view instead. The desktop shell saves the PDF where the user chooses
   * through its own channel (DesktopFiles.exportPdfToFile in shared/desktop-bridge.ts).
   */
  exportPdf: {
    request: ById,
    response: z.object({
      fileName: z.string(),
      route: PdfRouteSchema,
      base64: z.string().optional(),
    }),
  },
} as const satisfies Record<ApiMethodName, { request: z.ZodType; response: z.ZodType }>;
export type ApiRequest<M extends ApiMethodName> = z.input<(typeof apiMethods)[M]['request']>;
export type ApiResponse<M extends ApiMethodName> = z.output<(typeof apiMethods)[M]['response']>;

/** The typed object the renderer talks to, whatever the transport. */
export type Api = { [M in ApiMethodName]: (request: ApiRequest<M>) => Promise<ApiResponse<M>> };
/** What the Node side implements: requests arrive already validated and defaulted. */
export type ApiImplementation = {
  [M in ApiMethodName]: (request: z.output<(typeof apiMethods)[M]['request']>) => Promise<ApiResponse<M>> | ApiResponse<M>;
};

export function isApiMethodName(name: string): name is ApiMethodName {
  return Object.prototype.hasOwnProperty.call(apiMethods, name);
}

/** Error codes every transport carries unchanged; `message` is Vietnamese, for the user. */
export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);

export const ApiErrorPayloadSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
}) satisfies z.ZodType<ApiErrorPayload>;
