/**
 * The Notice document: the single source of truth for a "Thông báo kết luận".
 * Everything (editor, export, search, "new from last month", import) reads and writes this shape.
 * Bump NOTICE_SCHEMA_VERSION and add the step from the previous version to NOTICE_MIGRATIONS in ./migrate.ts when
 * the shape changes.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../format/dates';
import { BLANK_FIELDS } from './blank-fields';

export const NOTICE_SCHEMA_VERSION = 3;

/** A calendar date as `YYYY-MM-DD`, checked to exist (no 31/02). */
export const IsoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD và là một ngày có thật)' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

const formattedText = {
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
};

export const BlankFieldSchema = z.enum(BLANK_FIELDS);
export type BlankField = z.infer<typeof BlankFieldSchema>;

/** A blank of the trích yếu (a plain string): `length` characters at `start` hold the field's current text. */
export const SummaryBlankSchema = z.object({
  field: BlankFieldSchema,
  start: z.number().int().min(0),
  length: z.number().int().min(0),
});
export type SummaryBlank = z.infer<typeof SummaryBlankSchema>;

/** A run of a footnote's own text (footnotes hold no footnotes). */
export const FootnoteRunSchema = z.object(formattedText);
export type FootnoteRun = z.infer<typeof FootnoteRunSchema>;

/**
 * A piece of text with inline formatting. Rich text is an ordered list of runs. A run with `footnote` is a footnote
 * reference at that place in the text (its `text` is empty): the footnote's own text, numbered by Word on export.
 * Optional, so documents written before footnotes existed are still valid as they are.
 */
export const TextRunSchema = z.object({
  ...formattedText,
  footnote: z.array(FootnoteRunSchema).optional(),
  /** Rewritten by "new from last month" (a month moved on): shown highlighted while its block is to review. */
  changed: z.boolean().optional(),
  /**
   * A template's blank bound to a meeting detail: its text is the detail as the meeting panel gives it ("…" while
   * empty), rewritten whenever the detail changes. Edited by hand, the run becomes plain text (no `field`).
   */
  field: BlankFieldSchema.optional(),
});
export type TextRun = z.infer<typeof TextRunSchema>;
export const RichTextSchema = z.array(TextRunSchema);
export type RichText = z.infer<typeof RichTextSchema>;

/** An agency as named in the notice; `id` links it to the directory when it was matched. */
export const AgencyRefSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().trim().min(1, 'Tên cơ quan không được để trống'),
  /**
   * Put in place of an agency that had ended (its name), by "new from last month". Refs that share it are the
   * candidates among an ended agency's several successors: the secretary keeps the one(s) that fit.
   */
  replaces: z.string().optional(),
});
export type AgencyRef = z.infer<typeof AgencyRefSchema>;

/**
 * A deadline as data: a day ("trước ngày 15/10/2020"), a whole month ("trong tháng 10 năm 2020"), or a recurring
 * one ("trước ngày 15 hằng tháng", "định kỳ hằng tuần", "định kỳ 02 tuần/lần"), which has no single due date.
 */
export const DeadlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('by-date'), date: IsoDateSchema }),
  z.object({
    kind: z.literal('within-month'),
    year: z.number().int().min(1900).max(2999),
    month: z.number().int().min(1).max(12),
  }),
  z.object({
    kind: z.literal('recurring'),
    every: z.enum(['week', 'month', 'quarter', 'year']),
    /** Every 2 weeks ("02 tuần/lần"); absent for every single period. */
    interval: z.number().int().min(2).max(12).optional(),
    /** The day of the period it is due by ("trước ngày 15 hằng tháng"). */
    day: z.number().int().min(1).max(31).optional(),
  }),
]);
export type Deadline = z.infer<typeof DeadlineSchema>;

const blockBase = {
  /** Stable id, unique within the notice (editor nodes, review marks and history refer to it). */
  id: z.string().min(1),
  /** Copied from an earlier notice and not yet edited or confirmed ("cần rà soát"). */
  toReview: z.boolean().optional(),
  /** Why it needs review beyond having been copied, e.g. "Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025". */
  reviewReason: z.string().optional(),
};

/** A dash item inside a task: `- …` (level 1) or `+ …` (level 2); or a lettered point a), b) … */
export const SubItemSchema = z.object({
  ...blockBase,
  text: RichTextSchema,
  level: z.union([z.literal(1), z.literal(2)]).default(1),
  leadAgencies: z.array(AgencyRefSchema).default([]),
  coordinatingAgencies: z.array(AgencyRefSchema).default([]),
  deadline: DeadlineSchema.optional(),
});
export type SubItem = z.infer<typeof SubItemSchema>;

export const HeadingBlockSchema = z.object({
  ...blockBase,
  type: z.literal('heading'),
  text: RichTextSchema,
  /** Numbered I., II. … (the usual "mục"); false for an unnumbered heading. */
  numbered: z.boolean().default(true),
});

export const ParagraphBlockSchema = z.object({
  ...blockBase,
  type: z.literal('paragraph'),
  text: RichTextSchema,
});

export const DashItemBlockSchema = z.object({
  ...blockBase,
  type: z.literal('dash'),
  text: RichTextSchema,
  level: z.union([z.literal(1), z.literal(2)]).default(1),
});

/** A numbered task ("khoản"): what is assigned to whom, by when. */
export const TaskBlockSchema = z.object({
  ...blockBase,
  type: z.literal('task'),
  /** A title on its own line after the number (printed bold), e.g. "Giao Sở Nông nghiệp và PTNT:". */
  title: RichTextSchema.default([]),
  /** The task's text, printed after the number (or under the title). */
  content: RichTextSchema.default([]),
  leadAgencies: z.array(AgencyRefSchema).default([]),
  coordinatingAgencies: z.array(AgencyRefSchema).default([]),
  deadline: DeadlineSchema.optional(),
  /** How sub-items are marked: dashes (`- …`) or Vietnamese-alphabet points (`a) …`). */
  subItemStyle: z.enum(['dash', 'letter']).default('dash'),
  subItems: z.array(SubItemSchema).default([]),
});

/** A scheme (đề án, báo cáo) submitted at the meeting and the conclusion on it. */
export const SchemeBlockSchema = z.object({
  ...blockBase,
  type: z.literal('scheme'),
  title: RichTextSchema,
  conclusion: RichTextSchema.default([]),
  responsibleAgency: AgencyRefSchema.optional(),
  deadline: DeadlineSchema.optional(),
});

export const BlockSchema = z.discriminatedUnion('type', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  DashItemBlockSchema,
  TaskBlockSchema,
  SchemeBlockSchema,
]);
export type Block = z.infer<typeof BlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type DashItemBlock = z.infer<typeof DashItemBlockSchema>;
export type TaskBlock = z.infer<typeof TaskBlockSchema>;
export type SchemeBlock = z.infer<typeof SchemeBlockSchema>;
export type BlockType = Block['type'];

export const IssuerSchema = z.object({
  /** The line above the issuing agency, e.g. "UBND TỈNH LAI CHÂU"; empty when a single agency line is used. */
  parentAgency: z.string().default(''),
  /** The issuing agency, e.g. "VĂN PHÒNG", or the single line "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU". */
  agency: z.string().trim().min(1, 'Cần tên cơ quan ban hành'),
});
export type Issuer = z.infer<typeof IssuerSchema>;

export const MeetingSchema = z.object({
  date: IsoDateSchema.optional(),
  /** e.g. "sáng", "chiều", "08 giờ 00". */
  timeOfDay: z.string().default(''),
  place: z.string().default(''),
  chairName: z.string().default(''),
  chairTitle: z.string().default(''),
  attendees: z.string().default(''),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const SignatureSchema = z.object({
  /** Authority lines above the title, e.g. ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]. */
  authorityLines: z.array(z.string()).default([]),
  /** The signer's title, e.g. "PHÓ CHÁNH VĂN PHÒNG". */
  title: z.string().default(''),
  signerName: z.string().default(''),
});
export type Signature = z.infer<typeof SignatureSchema>;

export const NoticeSchema = z.object({
  schemaVersion: z.literal(NOTICE_SCHEMA_VERSION),
  issuer: IssuerSchema,
  /** The register number; absent while the notice is a draft. */
  number: z.number().int().min(1).max(99999).optional(),
  /** Document code after the number, e.g. "TB-VP" or "TB-UBND". */
  code: z.string().trim().min(1, 'Cần ký hiệu văn bản (ví dụ TB-VP)'),
  place: z.string().trim().min(1, 'Cần địa danh (ví dụ Lai Châu)'),
  /** Issue date; absent in a draft (printed with blanks). */
  date: IsoDateSchema.optional(),
  documentType: z.string().trim().min(1).default('THÔNG BÁO'),
  /** Trích yếu, e.g. "Kết luận của Chủ tịch UBND tỉnh … tại phiên họp UBND tỉnh tháng 9 năm 2020". */
  summary: z.string().default(''),
  /** The trích yếu's blanks bound to meeting details, in order and not overlapping (see ./blank-fields.ts). */
  summaryBlanks: z.array(SummaryBlankSchema).optional(),
  /** Review mark for the trích yếu itself. */
  summaryToReview: z.boolean().optional(),
  meeting: MeetingSchema.default({ timeOfDay: '', place: '', chairName: '', chairTitle: '', attendees: '' }),
  body: z.array(BlockSchema).default([]),
  /** The closing sentence; the export makes sure it ends with "./.". */
  closing: z.string().default(''),
  signature: SignatureSchema.default({ authorityLines: [], title: '', signerName: '' }),
  /** Recipients without the leading "- " and trailing ";", e.g. "Thường trực Tỉnh ủy (b/c)". */
  recipients: z.array(z.string()).default([]),
  /** Archive line after "Lưu: ", e.g. "VT, TH". */
  archive: z.string().default('VT'),
  /** Where this notice came from: a template id, for "new from last month" defaults. */
  templateId: z.string().optional(),
  /** Author recorded in the .docx properties. */
  author: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;
/** What callers may pass in: defaults are filled in by parsing. */
export type NoticeInput = z.input<typeof NoticeSchema>;
