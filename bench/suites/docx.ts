/**
 * .docx export speed: buildNoticeDocx on the sample notice and on a generated 500-task notice, beside the floor —
 * the `docx` library alone building and packing an equivalent document written by hand (same paragraphs, runs,
 * fonts, sizes, tables, styles and headers), from content flattened beforehand. Target: within 1.5× of the floor.
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { computeBlockLabels } from '../../shared/format/numbering';
import { NoticeSchema, type Notice, type RichText } from '../../shared/notice/schema';
import { formatMs, measure, type Timing } from '../measure';

const SAMPLE = fileURLToPath(new URL('../../resources/samples/lai-chau-2020-09.notice.json', import.meta.url));
const TNR = 'Times New Roman';
const FONT = { ascii: TNR, hAnsi: TNR, cs: TNR, eastAsia: TNR };

type Run = { text: string; bold?: boolean; italic?: boolean; underline?: boolean };
type Content = { lines: { runs: Run[]; bold?: boolean }[]; recipients: string[]; signature: string[]; signer: string };

/** The notice's text as plain lines of runs, so that the floor measures the docx library and nothing else. */
function flatten(notice: Notice): Content {
  const labels = computeBlockLabels(notice.body);
  const runs = (rich: RichText): Run[] => rich.map((run) => ({ ...run }));
  const lines: Content['lines'] = [];
  for (const block of notice.body) {
    const label = labels.get(block.id);
    if (block.type === 'heading') lines.push({ runs: [{ text: `${label ?? ''} ` }, ...runs(block.text)], bold: true });
    if (block.type === 'paragraph') lines.push({ runs: runs(block.text) });
    if (block.type === 'dash') lines.push({ runs: [{ text: '- ' }, ...runs(block.text)] });
    if (block.type === 'task') {
      if (block.title.length > 0) lines.push({ runs: [{ text: `${label} ` }, ...runs(block.title)], bold: true });
      lines.push({ runs: [...(block.title.length > 0 ? [] : [{ text: `${label} ` }]), ...runs(block.content)] });
      for (const item of block.subItems) lines.push({ runs: [{ text: '- ' }, ...runs(item.text)] });
    }
    if (block.type === 'scheme') {
      lines.push({ runs: [{ text: `${label} ` }, ...runs(block.title)], bold: true });
      lines.push({ runs: runs(block.conclusion) });
    }
  }
  lines.push({ runs: [{ text: notice.closing }] });
  return {
    lines,
    recipients: [...notice.recipients.map((r) => `- ${r};`), `- Lưu: ${notice.archive}.`],
    signature: [...notice.signature.authorityLines, notice.signature.title],
    signer: notice.signature.signerName,
  };
}

function run(text: string, size: number, bold?: boolean, italics?: boolean): TextRun {
  return new TextRun({ text, font: FONT, size, bold, italics });
}

function centred(text: string, size: number, bold?: boolean, italics?: boolean): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, size, bold, italics)] });
}

function line(indent: number): Paragraph {
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 8, font: FONT },
    children: [],
  });
}

function table(widths: [number, number], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 85, right: 85, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children })),
        }),
    ),
  });
}

/** The floor: the same document written directly with the docx library. */
async function handBuilt(content: Content): Promise<Uint8Array> {
  const header = table(
    [3936, 5846],
    [
      [
        [centred('UBND TỈNH LAI CHÂU', 26), centred('VĂN PHÒNG', 26, true), line(1567)],
        [centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 26, true), centred('Độc lập - Tự do - Hạnh phúc', 28, true), line(1131)],
      ],
      [[centred('Số:        /TB-VP', 26)], [centred('Lai Châu, ngày        tháng        năm        ', 28, false, true)]],
    ],
  );
  const body = content.lines.map(
    (l) =>
      new Paragraph({
        style: 'Body',
        children: l.runs.map(
          (r) =>
            new TextRun({
              text: r.text,
              font: FONT,
              size: 28,
              bold: l.bold || r.bold,
              italics: r.italic,
              underline: r.underline ? {} : undefined,
            }),
        ),
      }),
  );
  const signature = table(
    [3276, 6072],
    [
      [
        [centred('Nơi nhận:', 24, true, true), ...content.recipients.map((r) => new Paragraph({ children: [run(r, 22)] }))],
        [...content.signature.map((s) => centred(s, 28, true)), ...[1, 2, 3, 4].map(() => centred('', 28)), centred(content.signer, 28, true)],
      ],
    ],
  );
  const doc = new Document({
    title: 'Kết luận',
    creator: 'Văn phòng',
    theme: { fonts: { headings: { latin: TNR, eastAsia: TNR, complexScript: TNR }, body: { latin: TNR, eastAsia: TNR, complexScript: TNR } } },
    styles: {
      default: { document: { run: { font: FONT, size: 28 } } },
      paragraphStyles: [
        {
          id: 'Body',
          name: 'Body',
          run: { font: FONT, size: 28 },
          paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing: { after: 120, line: 276 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } },
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
              }),
            ],
          }),
        },
        children: [
          header,
          centred('THÔNG BÁO', 28, true),
          centred('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 9 năm 2020', 28, true),
          line(2900),
          ...body,
          signature,
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** The sample with its tasks repeated to `count` tasks (ids kept unique). */
function withTasks(sample: Notice, count: number): Notice {
  const tasks = sample.body.filter((block) => block.type === 'task');
  const firstTask = sample.body.findIndex((block) => block.type === 'task');
  const generated = Array.from({ length: count }, (_, index) => {
    const task = tasks[index % tasks.length] as (typeof tasks)[number];
    return {
      ...task,
      id: `generated-${index}`,
      subItems: task.subItems.map((item, i) => ({ ...item, id: `generated-${index}-${i}` })),
    };
  });
  const body = [...sample.body.slice(0, firstTask), ...generated, ...sample.body.filter((b, i) => i > firstTask && b.type !== 'task')];
  return NoticeSchema.parse({ ...sample, body });
}

function row(label: string, app: Timing, floor: Timing): void {
  const ratio = app.median / floor.median;
  console.log(
    `${label.padEnd(28)} buildNoticeDocx ${formatMs(app.median).padStart(9)}   docx alone ${formatMs(floor.median).padStart(9)}   ratio ${ratio.toFixed(2)}× (target ≤ 1.5×)`,
  );
}

export default async function docxBench(): Promise<void> {
  const sample = parseStoredNotice(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  const cases: [string, Notice, number][] = [
    [`sample (${sample.body.filter((b) => b.type === 'task').length} tasks)`, sample, 40],
    ['generated (500 tasks)', withTasks(sample, 500), 15],
  ];
  for (const [label, notice, runs] of cases) {
    const content = flatten(notice);
    // Alternate the two a few times so that neither gets all of a warm or a cold machine.
    const app: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      app.push((await measure(() => buildNoticeDocx(notice), runs, 3)).median);
      floor.push((await measure(() => handBuilt(content), runs, 3)).median);
    }
    const median = (values: number[]): Timing => ({ median: values.sort((a, b) => a - b)[1] ?? NaN, p95: NaN, runs: runs * 3 });
    row(label, median(app), median(floor));
  }
}
