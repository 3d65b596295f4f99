/** The outgoing register as the API carries it: one series per document code and year. */
import { z } from 'zod';
import { IsoDateSchema } from '../notice/schema';

export const RegisterEntrySchema = z.object({
  number: z.number().int(),
  issueDate: IsoDateSchema,
  /** The trích yếu as issued. */
  summary: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
  /** "VT, TH": who keeps the copies. */
  archive: z.string(),
  /** The notice in the library; absent once it was deleted (the register keeps its entry). */
  noticeId: z.string().optional(),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export const RegisterSeriesRequestSchema = z.object({
  code: z.string().trim().min(1, 'Cần ký hiệu văn bản').max(50, 'Ký hiệu văn bản quá dài'),
  year: z.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
});

export const RegisterSeriesSchema = z.object({
  code: z.string(),
  year: z.number().int(),
  entries: z.array(RegisterEntrySchema),
  /** The number the year's series starts at, when one was set. */
  startNumber: z.number().int().optional(),
  /** What the next notice issued under this code this year will be numbered. */
  nextNumber: z.number().int(),
  /** Every series with entries or a start number, for the screen's choice (newest year first). */
  series: z.array(z.object({ code: z.string(), year: z.number().int(), count: z.number().int() })),
});
export type RegisterSeries = z.infer<typeof RegisterSeriesSchema>;
