/**
 * Rich text, the notice's formatted text: a list of runs, each with the bold/italic/underline flags it has. One place
 * for what every reader and writer of runs needs (the editor, paste, import, export, search, checks).
 */
import type { RichText, TextRun } from './schema';

/** A run's inline format. */
export type RunFormat = Omit<TextRun, 'text'>;

/** A run of `text` with the flags of `format` that are set; a run never stores a false flag. */
export function textRun(text: string, format: RunFormat): TextRun {
  return {
    text,
    ...(format.bold ? { bold: true } : {}),
    ...(format.italic ? { italic: true } : {}),
    ...(format.underline ? { underline: true } : {}),
    ...(format.changed ? { changed: true } : {}),
  };
}

/**
 * Whether two runs look the same (a missing flag and a false one are the same). A footnote reference or a blank
 * bound to a meeting detail is never the same as another run: it is kept apart, at its place.
 */
export function sameFormat(a: RunFormat, b: RunFormat): boolean {
  if (a.footnote || b.footnote || a.field || b.field) return false;
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && !!a.changed === !!b.changed;
}

/** Appends `run` to `runs`, or joins its text to the last run when both have the same format. */
export function appendRun(runs: TextRun[], run: TextRun): void {
  const last = runs[runs.length - 1];
  if (last !== undefined && sameFormat(last, run)) last.text += run.text;
  else runs.push(run);
}

/** The runs without the "changed by new from last month" highlight (once reviewed, or before a new copy). */
export function withoutChangeMarks(runs: RichText): RichText {
  return runs.map(({ changed: _, ...run }) => run);
}

/** The text of the runs, without formatting. */
export function plainText(runs: RichText): string {
  return runs.map((run) => run.text).join('');
}
