/** Validation of untrusted Notice data, with every problem named by its path, in Vietnamese. */
import { z } from 'zod';
import { LimitedNoticeSchema } from './limited-schema';
import { upgradeNoticeDocument } from './migrate';
import { NoticeSchema, type Notice } from './schema';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
};

// Vietnamese messages everywhere; missing fields and wrong types get plain words a secretary can read.
z.config({
  ...z.locales.vi(),
  customError: (issue) => {
    if (issue.code === 'invalid_union') return 'Giá trị không thuộc loại nào được chấp nhận';
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'Thiếu giá trị bắt buộc';
    return `Cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  },
});

export interface ValidationProblem {
  /** Where the problem is, e.g. `body[3].leadAgencies[0].name` (empty for the document itself). */
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] };

export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function problemsFromZodError(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

export function validateWith<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZodError(result.error) };
}

export function validateNotice(input: unknown): ValidationResult<Notice> {
  return validateWith(NoticeSchema, input);
}

/**
 * A notice document given as a file, of this or an earlier version (migrated first, see ./migrate.ts): it comes in
 * from outside, so its fields must be within their limits (./limits.ts).
 */
const NoticeFileSchema = z.preprocess((document) => upgradeNoticeDocument(document), LimitedNoticeSchema);

export function validateNoticeFile(input: unknown): ValidationResult<Notice> {
  return validateWith(NoticeFileSchema, input);
}

/** One problem per line: `body[3].content: Cần …`. */
export function describeProblems(problems: ValidationProblem[]): string {
  return problems.map((p) => `${p.path || '(tài liệu)'}: ${p.message}`).join('\n');
}
