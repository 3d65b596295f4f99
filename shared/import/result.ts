/**
 * What an import returns: the Notice it built and a report of what was recognised, so that a preview can show the
 * tasks with their agencies and deadlines, highlight what stayed unclassified, and let the user fix an agency match.
 */
import { z } from 'zod';
import { DeadlineSchema, NoticeSchema } from '../notice/schema';

/** An agency as the text names it, and the directory agency it was matched to (none when no match was found). */
export const AgencyMatchSchema = z.object({
  /** The words as written in the notice, e.g. "Sở Nông nghiệp và PTNT". */
  text: z.string(),
  /** The directory agency's id; absent when nothing in the directory matched. */
  agencyId: z.string().optional(),
  /** The directory's spelling, when the text's differs from it by a typing slip (the task is then marked for review). */
  directorySpelling: z.string().optional(),
});
export type AgencyMatch = z.infer<typeof AgencyMatchSchema>;

export const ImportedSubItemSchema = z.object({
  subItemId: z.string(),
  lead: z.array(AgencyMatchSchema),
  coordinating: z.array(AgencyMatchSchema),
  deadline: DeadlineSchema.optional(),
});

export const ImportedTaskSchema = z.object({
  blockId: z.string(),
  /** The number as written in the source ("5" for "5. Giao Sở …"). */
  number: z.number().int(),
  lead: z.array(AgencyMatchSchema),
  coordinating: z.array(AgencyMatchSchema),
  deadline: DeadlineSchema.optional(),
  subItems: z.array(ImportedSubItemSchema),
});
export type ImportedTask = z.infer<typeof ImportedTaskSchema>;

export const ImportedSchemeSchema = z.object({
  blockId: z.string(),
  responsible: AgencyMatchSchema.optional(),
  deadline: DeadlineSchema.optional(),
});
export type ImportedScheme = z.infer<typeof ImportedSchemeSchema>;

/** Header fields of the Notice that were read from the document (the others came from the defaults). */
export const HeaderFieldSchema = z.enum([
  'issuer',
  'number',
  'code',
  'place',
  'date',
  'documentType',
  'summary',
  'closing',
  'signature',
  'recipients',
  'archive',
  'meeting',
]);
export type HeaderField = z.infer<typeof HeaderFieldSchema>;

export const ImportReportSchema = z.object({
  /** Lines left out as website chrome (menus, publication date, "Các tin đã đăng" …), as they were written. */
  droppedLines: z.array(z.string()),
  /** Ids of body blocks kept as plain paragraphs because they could not be classified. */
  unrecognised: z.array(z.string()),
  tasks: z.array(ImportedTaskSchema),
  schemes: z.array(ImportedSchemeSchema),
  headerFields: z.array(HeaderFieldSchema),
  /** Things the user should check, in Vietnamese. */
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportResultSchema = z.object({ notice: NoticeSchema, report: ImportReportSchema });
export type ImportResult = z.infer<typeof ImportResultSchema>;
