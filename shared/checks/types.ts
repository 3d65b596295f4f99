/**
 * The check engine's vocabulary: a rule reads a Notice (and what it is checked against) and reports findings.
 * Each finding says in Vietnamese what is wrong and how to fix it, where it is, and, when it can, offers a fix.
 */
import type { Agency } from '../agencies/schema';
import type { IsoDate, Notice } from '../notice/schema';

/** An error blocks "Ban hành" unless the user accepts it with a reason; a warning only informs. */
export type Severity = 'error' | 'warning';

/**
 * Where a finding is: the field's path in the Notice (`summary`, `body[3].content`, `body[3].subItems[1].text`,
 * `signature.signerName`, `recipients[2]` …), the block it belongs to (index and id), and the characters of the
 * field's plain text it concerns (`length` 0 for the whole field or a missing value).
 */
export interface FindingLocation {
  path: string;
  blockIndex?: number;
  blockId?: string;
  /** Set when the text belongs to a sub-item of a task. */
  subItemId?: string;
  offset: number;
  length: number;
}

/** A one-click fix: the located characters are replaced by `replacement`. */
export interface FindingFix {
  /** What the button says, e.g. «Sửa thành “nhiệm vụ”». */
  label: string;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
  location: FindingLocation;
  /** Ranked fixes, best first. */
  fixes?: FindingFix[];
}

/** What a notice is checked against, beside the notice itself. */
export interface CheckContext {
  /** The agency directory (entries may carry `validUntil` and `successors`, see ./agencies.ts). */
  directory?: readonly Agency[];
  /** Today, for the countdown to the notice's due date; omitted, the due-date rules that need it are skipped. */
  today?: IsoDate;
  /** The words the user added to the library's dictionary. */
  userWords?: readonly string[];
  /**
   * A list of Vietnamese syllables the host loaded (resources/spelling/hunspell-vi, a separate GPL data file):
   * syllables in it are not reported as unknown. Without it only the project's own lexicon is known.
   */
  dictionaryWords?: readonly string[];
  /**
   * The lines of the file a notice was imported from (.txt, .docx), for the form rules that the Notice model cannot
   * see: the model stores dates and numbers as data and the export writes them correctly.
   */
  sourceLines?: readonly string[];
}

export interface CheckRule {
  /** Stable id, e.g. `unfinished.placeholder`. */
  id: string;
  run(notice: Notice, context: CheckContext): Finding[];
}
