/** Rich-text helpers for import: whitespace normalisation across runs, slicing off labels, dropping implied bold. */
import { appendRun, sameFormat, textRun } from '../notice/rich-text';
import type { RichText, TextRun } from '../notice/schema';
import { stripControlCharacters } from '../text/sanitize';

/** One paragraph of the source: its runs, and for a .docx the table cell it sits in (header and signature tables). */
export interface SourceParagraph {
  runs: RichText;
  /** Index of the table in the document and of the column in its row, when the paragraph is inside a table. */
  table?: number;
  column?: number;
  /** Centred in the document (the title block of a .docx). */
  centred?: boolean;
}

/** A footnote reference keeps its place and its text, normalised paragraph by paragraph; it has none in the line. */
function footnoteRun(run: TextRun): TextRun {
  const paragraphs: TextRun[][] = [[]];
  for (const part of run.footnote ?? []) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      (paragraphs[paragraphs.length - 1] as TextRun[]).push(textRun(piece, part));
    });
  }
  const out: TextRun[] = [];
  for (const paragraph of paragraphs.map(normaliseRuns).filter((runs) => runs.length > 0)) {
    const last = out[out.length - 1];
    const [first, ...rest] = paragraph;
    if (last && first && sameFormat(last, first)) {
      last.text += `\n${first.text}`;
      out.push(...rest);
    } else {
      if (last) last.text += '\n';
      out.push(...paragraph);
    }
  }
  return { text: '', footnote: out };
}

/** White space other than one plain space (tabs, no-break and zero-width spaces, line breaks, two spaces). */
const UNUSUAL_SPACE = /(?! )[\s\u200b\ufeff]| {2}/u;
const SPACE_RUN = /[\s\u00a0\u200b\ufeff]+/gu;

/**
 * Control characters out, every run of white space (tabs, no-break spaces, line breaks) one space, none at either
 * end, empty runs dropped and neighbours of the same format merged. Words are never changed. Footnote references
 * stay where they are.
 */
export function normaliseRuns(runs: RichText): RichText {
  const out: TextRun[] = [];
  let endsWithSpace = true;
  for (const run of runs) {
    if (run.footnote) {
      out.push(footnoteRun(run));
      continue;
    }
    let text = stripControlCharacters(run.text);
    // Most runs are already spaced with single plain spaces: test before replacing, as a replace copies every run.
    if (UNUSUAL_SPACE.test(text)) text = text.replace(SPACE_RUN, ' ');
    if (endsWithSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    endsWithSpace = text.endsWith(' ');
    appendRun(out, textRun(text, run));
  }
  const last = [...out].reverse().find((run) => !run.footnote);
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (last.text === '') out.splice(out.lastIndexOf(last), 1);
  }
  return out;
}

/** The runs from character `start` to `end` of their joined text. */
export function sliceRuns(runs: RichText, start: number, end = Number.POSITIVE_INFINITY): RichText {
  const out: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    if (run.footnote) {
      if (offset >= start && (offset < end || end === Number.POSITIVE_INFINITY)) out.push(run);
      continue;
    }
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, run.text.length);
    if (to > from) out.push(textRun(run.text.slice(from, to), run));
    offset += run.text.length;
  }
  return normaliseRuns(out);
}

/** True when every visible character is bold (a title, heading or scheme name printed bold as a whole). */
export function isAllBold(runs: RichText): boolean {
  const visible = runs.filter((run) => run.text.trim() !== '');
  return visible.length > 0 && visible.every((run) => run.bold);
}

/** The same runs without bold, for text whose role already makes it bold when printed. */
export function withoutBold(runs: RichText): RichText {
  return normaliseRuns(runs.map((run) => ({ ...run, bold: false })));
}
