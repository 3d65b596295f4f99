/**
 * The notice as the lines of text the official document shows: labels computed from position, rich text split at
 * line breaks, the closing sentence ending with "./.". The .docx builder and the app's print view both lay out
 * these lines, so the two cannot drift apart. Pure.
 */
import { computeBlockLabels, subItemLabels } from '../format/numbering';
import type { Block, Notice, RichText, SubItem, TextRun } from '../notice/schema';
import { stripControlCharacters } from '../text/sanitize';

export type Run = TextRun;
export type Line = { runs: Run[]; bold?: boolean; keepNext?: boolean };

/** Control characters out; tabs and line breaks become spaces (for one-line fields). */
export function oneLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim();
}


/** "DỰ THẢO LẦN 2": the mark of a copy sent for review (box 11's wording rules: upper case, bold, framed). */
export function reviewCopyMarkText(copyNumber: number): string {
  return `DỰ THẢO LẦN ${copyNumber}`;
}

/** The notice as a review copy shows it: a draft copy never carries a number or a date, whatever the draft holds. */
export function reviewCopyNotice(notice: Notice): Notice {
  return { ...notice, number: undefined, date: undefined };
}

/**
 * Rich text split into lines at line breaks: each line becomes its own paragraph. Control characters are stripped
 * and tabs turned into spaces.
 */
export function richLines(rich: RichText): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of rich) {
    // A footnote reference has no text of its own: it stays on the line where it stands.
    if (run.footnote) {
      (lines[lines.length - 1] as Run[]).push(run);
      continue;
    }
    const parts = stripControlCharacters(run.text).replace(/\t/g, ' ').split(/\r\n|\r|\n/);
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') (lines[lines.length - 1] as Run[]).push({ ...run, text: part });
    });
  }
  return lines.filter((line) => line.length > 0);
}

/** A labelled line ("1. …", "- …", "a) …") followed by the rest of its text as plain paragraphs. */
function labelled(label: string, rich: RichText, bold?: boolean, keepNext?: boolean): Line[] {
  const [first = [], ...rest] = richLines(rich);
  return [{ runs: [{ text: `${label} ` }, ...first], bold, keepNext }, ...rest.map((runs) => ({ runs }))];
}

function upperCase(rich: RichText): RichText {
  return rich.map((run) => ({ ...run, text: run.text.toLocaleUpperCase('vi') }));
}

function subItemLines(style: 'dash' | 'letter', items: readonly SubItem[]): Line[] {
  const labels = subItemLabels(style, items);
  return items.flatMap((item, index) => labelled(labels[index] ?? '-', item.text));
}

function blockLines(block: Block, label: string | undefined): Line[] {
  switch (block.type) {
    case 'heading':
      if (label === undefined) return richLines(block.text).map((runs) => ({ runs, bold: true, keepNext: true }));
      return labelled(label, upperCase(block.text), true, true);
    case 'paragraph':
      return richLines(block.text).map((runs) => ({ runs }));
    case 'dash':
      return labelled(block.level === 2 ? '+' : '-', block.text);
    case 'task': {
      const number = label ?? '';
      const hasTitle = richLines(block.title).length > 0;
      const head = hasTitle
        ? [...labelled(number, block.title, true, true), ...richLines(block.content).map((runs) => ({ runs }))]
        : labelled(number, block.content);
      return [...head, ...subItemLines(block.subItemStyle, block.subItems)];
    }
    case 'scheme':
      return [
        ...labelled(label ?? '', block.title, true, true),
        ...richLines(block.conclusion).map((runs) => ({ runs })),
      ];
  }
}

/** The body's last sentence ends with "./." (Decree 30 II.6); a final "." or other stop is replaced by it. */
function endWithFinalMark(lines: Line[]): void {
  const last = lines[lines.length - 1];
  if (!last) return;
  // A footnote reference carries no text: the mark goes on the last run of text.
  const at = last.runs.findLastIndex((run) => !run.footnote);
  const lastRun = last.runs[at];
  if (!lastRun) return;
  const trimmed = lastRun.text.replace(/\s+$/, '');
  if (trimmed.endsWith('./.')) return;
  last.runs[at] = { ...lastRun, text: `${trimmed.replace(/[.;:,]+$/, '')}./.` };
}


/** A recipient as "X" whatever the user typed around it ("- X;", "X."). */
export function recipientText(recipient: string): string {
  return oneLine(recipient)
    .replace(/^[-–+•]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
}


export function noticeAuthor(notice: Notice): string {
  const explicit = oneLine(notice.author ?? '');
  if (explicit) return explicit;
  return [notice.issuer.parentAgency, notice.issuer.agency].map(oneLine).filter((text) => text !== '').join(' - ');
}

/** The body's lines: every block with its label, then the closing sentence, the last one ending with "./.". */
export function noticeBodyLines(notice: Notice): Line[] {
  const labels = computeBlockLabels(notice.body);
  const lines = notice.body.flatMap((block) => blockLines(block, labels.get(block.id)));
  lines.push(...richLines([{ text: notice.closing }]).map((runs) => ({ runs })));
  endWithFinalMark(lines);
  return lines;
}

/** The "Nơi nhận" lines: "- X;" for each recipient, then "- Lưu: …." */
export function recipientLines(notice: Notice): string[] {
  const recipients = notice.recipients.map(recipientText).filter((text) => text !== '').map((text) => `- ${text};`);
  return [...recipients, `- Lưu: ${recipientText(notice.archive) || 'VT'}.`];
}

/** The signature block's upper lines (authority, title) in capitals, and the signer's name. */
export function signatureLines(notice: Notice): { upper: string[]; signerName: string } {
  const signature = notice.signature;
  const upper = [...signature.authorityLines, signature.title]
    .map((text) => oneLine(text).toLocaleUpperCase('vi'))
    .filter((text) => text !== '');
  return { upper, signerName: oneLine(signature.signerName) };
}
