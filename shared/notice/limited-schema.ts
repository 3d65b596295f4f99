/** The notice as it comes in (the API's create and save, import, a notice file): within every limit of ./limits.ts. */
import type { z } from 'zod';
import { noticeLimitProblems } from './limits';
import { NoticeSchema } from './schema';

/** Marks a zod issue as a limit's, so that callers can name the over-long fields in their own message. */
const LIMIT_PARAM = 'noticeLimit';

/** A notice coming in: NoticeSchema, and every field within its limit. */
export const LimitedNoticeSchema = NoticeSchema.superRefine((notice, context) => {
  for (const problem of noticeLimitProblems(notice)) {
    context.addIssue({ code: 'custom', path: problem.path, message: problem.message, params: { [LIMIT_PARAM]: true } });
  }
});

/** The distinct limit messages among a failed parse's issues ("Trích yếu dài quá 1.000 ký tự. Hãy rút gọn."). */
export function limitMessages(error: z.ZodError): string[] {
  const messages = error.issues
    .filter((issue) => issue.code === 'custom' && (issue as { params?: Record<string, unknown> }).params?.[LIMIT_PARAM] === true)
    .map((issue) => issue.message);
  return [...new Set(messages)];
}
