import { beforeAll, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { textWidthTwips } from '../../shared/docx/text-width';
import { NoticeSchema, type Notice } from '../../shared/notice/schema';
import { COMMITTEE_FORM_ID, defaultSettings, issuerForm, noticeFieldsFromIssuerForm, OFFICE_FORM_ID } from '../../shared/settings/defaults';
import { fixtureInput, fixtureNotice, TASK_COUNT } from './fixture';
import {
  Docx,
  all,
  attr,
  bodyChildren,
  isOn,
  numberAttr,
  one,
  paragraphStartingWith,
  runSizePt,
  runWithText,
  text,
} from './ooxml';

const TNR = 'Times New Roman';
const MM = 1440 / 25.4;

async function build(notice: Notice): Promise<Docx> {
  return new Docx(await buildNoticeDocx(notice));
}

function expectAllFontSlots(rFonts: Node): void {
  for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(rFonts, slot)).toBe(TNR);
}

function style(docx: Docx, id: string): Node {
  return one(`/w:styles/w:style[@w:styleId="${id}"]`, docx.xml('word/styles.xml'));
}

/** The paragraph's effective value of a pPr child, looking at the paragraph first and then its style. */
function paragraphProperty(docx: Docx, paragraph: Node, path: string): Node | undefined {
  const own = all(`w:pPr/${path}`, paragraph)[0];
  if (own) return own;
  const styleId = all('w:pPr/w:pStyle', paragraph)[0];
  return styleId ? all(`w:pPr/${path}`, style(docx, attr(styleId, 'w:val')))[0] : undefined;
}

function runWithTextIn(node: Node, content: string): Node {
  const run = all('.//w:r', node).find((candidate) => text(candidate).includes(content));
  if (!run) throw new Error(`No run with "${content}"`);
  return run;
}

function cellParagraphs(table: Node, column: number, row = 1): Node[] {
  return all(`w:tr[${row}]/w:tc[${column}]/w:p`, table);
}

/** Length of a line drawn as the bottom border of an indented paragraph in a text space `available` wide. */
function borderLineLength(paragraph: Node, available: number): number {
  const ind = one('w:pPr/w:ind', paragraph);
  return available - numberAttr(ind, 'w:left') - numberAttr(ind, 'w:right');
}

/**
 * Every layout check holds for each issuer form: the Office's header (a parent line and the Office in bold), the
 * Committee's (one agency broken over two bold lines), and the Committee's two signature forms.
 */
const ISSUER_CASES = [
  {
    name: 'the Office (TB-VP)',
    fields: noticeFieldsFromIssuerForm(issuerForm(defaultSettings(), OFFICE_FORM_ID)),
    header: [
      ['UBND TỈNH LAI CHÂU', false],
      ['VĂN PHÒNG', true],
    ] as const,
    agencyWidest: 'VĂN PHÒNG',
    code: 'TB-VP',
    closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    signature: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
  },
  {
    name: 'the Committee (TB-UBND) signed for the Chairman by the Office',
    fields: noticeFieldsFromIssuerForm(issuerForm(defaultSettings(), COMMITTEE_FORM_ID)),
    header: [
      ['ỦY BAN NHÂN DÂN', true],
      ['TỈNH LAI CHÂU', true],
    ] as const,
    agencyWidest: 'ỦY BAN NHÂN DÂN',
    code: 'TB-UBND',
    closing: 'Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    signature: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
  },
  {
    name: 'the Committee (TB-UBND) signed by a Vice-Chairman',
    fields: noticeFieldsFromIssuerForm(issuerForm(defaultSettings(), COMMITTEE_FORM_ID), 'ubnd-pho-chu-tich'),
    header: [
      ['ỦY BAN NHÂN DÂN', true],
      ['TỈNH LAI CHÂU', true],
    ] as const,
    agencyWidest: 'ỦY BAN NHÂN DÂN',
    code: 'TB-UBND',
    closing: 'Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  },
];

describe.each(ISSUER_CASES)('buildNoticeDocx under $name', (form) => {
  const notice: Notice = { ...fixtureNotice(), ...form.fields, signature: { ...form.fields.signature!, signerName: 'Nguyễn Văn A' } };
  let docx: Docx;
  let tables: Node[];

  beforeAll(async () => {
    const bytes = await buildNoticeDocx(notice);
    // A plain Uint8Array, not a Node Buffer: the same code runs in the renderer.
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip package
    docx = new Docx(bytes);
    tables = all('/w:document/w:body/w:tbl', docx.xml('word/document.xml'));
  });

  it('writes well-formed XML in every part, each declared in the content types', () => {
    const declared = all('/ct:Types/ct:Override', docx.xml('[Content_Types].xml')).map((o) => attr(o, 'PartName'));
    for (const part of docx.parts.keys()) {
      if (!part.endsWith('.xml') && !part.endsWith('.rels')) continue;
      expect(() => docx.xml(part)).not.toThrow();
      if (part.endsWith('.xml') && part !== '[Content_Types].xml') expect(declared).toContain(`/${part}`);
    }
  });

  it('sets an A4 portrait page with margins inside the decree ranges', () => {
    const sectPr = one('/w:document/w:body/w:sectPr', docx.xml('word/document.xml'));
    const size = one('w:pgSz', sectPr);
    expect([numberAttr(size, 'w:w'), numberAttr(size, 'w:h')]).toEqual([11906, 16838]);
    expect(attr(size, 'w:orient')).toBe('portrait');
    const margin = one('w:pgMar', sectPr);
    expect({
      top: numberAttr(margin, 'w:top'),
      bottom: numberAttr(margin, 'w:bottom'),
      left: numberAttr(margin, 'w:left'),
      right: numberAttr(margin, 'w:right'),
    }).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(numberAttr(margin, 'w:top') / MM).toBeGreaterThanOrEqual(19.99);
    expect(numberAttr(margin, 'w:left') / MM).toBeGreaterThanOrEqual(29.99);
    expect(numberAttr(margin, 'w:right') / MM).toBeGreaterThanOrEqual(14.99);
  });

  it('uses Times New Roman in every font slot of the defaults, the styles, the theme and every run', () => {
    const styles = docx.xml('word/styles.xml');
    expectAllFontSlots(one('/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts', styles));
    expectAllFontSlots(one('w:rPr/w:rFonts', style(docx, 'NoticeBody')));
    for (const rFonts of all('//w:rFonts', styles)) expectAllFontSlots(rFonts);
    const theme = docx.parts.get('word/theme/theme1.xml') ?? '';
    expect(theme).toContain(`<a:latin typeface="${TNR}"/>`);
    expect(theme).not.toMatch(/<a:(latin|ea|cs) typeface="(?!Times New Roman)/);

    const runs = all('//w:r[w:t]', docx.xml('word/document.xml'));
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) expectAllFontSlots(one('w:rPr/w:rFonts', run));
  });

  it('lays out the header as a borderless fixed two-column table 3936 + 5846 twips', () => {
    const header = tables[0] as Node;
    expect(bodyChildren(docx)[0]).toBe(header);
    expect(attr(one('w:tblPr/w:tblLayout', header), 'w:type')).toBe('fixed');
    expect(numberAttr(one('w:tblPr/w:tblW', header), 'w:w')).toBe(3936 + 5846);
    expect(attr(one('w:tblPr/w:tblW', header), 'w:type')).toBe('dxa');
    expect(all('w:tblGrid/w:gridCol', header).map((c) => numberAttr(c, 'w:w'))).toEqual([3936, 5846]);
    for (const row of all('w:tr', header)) {
      expect(all('w:tc/w:tcPr/w:tcW', row).map((w) => numberAttr(w, 'w:w'))).toEqual([3936, 5846]);
    }
    const borders = all('w:tblPr/w:tblBorders/*', header);
    expect(borders.map((b) => (b as Element).localName).sort()).toEqual(['bottom', 'insideH', 'insideV', 'left', 'right', 'top']);
    for (const border of borders) expect(attr(border, 'w:val')).toMatch(/^(none|nil)$/);
    expect(all('.//w:tcBorders/*[@w:val!="none" and @w:val!="nil"]', header)).toHaveLength(0);
  });

  it('writes the agency lines on the left and the Quốc hiệu and Tiêu ngữ on the right, sized as the decree says', () => {
    const header = tables[0] as Node;
    const [parent, agency] = cellParagraphs(header, 1);
    const [[parentText, parentBold], [agencyText, agencyBold]] = form.header;
    expect(text(parent as Node)).toBe(parentText);
    expect(text(agency as Node)).toBe(agencyText);
    const parentRun = one('w:r', parent as Node);
    expect([runSizePt(parentRun), isOn(parentRun, 'b')]).toEqual([13, parentBold]);
    const agencyRun = one('w:r', agency as Node);
    expect([runSizePt(agencyRun), isOn(agencyRun, 'b')]).toEqual([13, agencyBold]);

    const [national, motto] = cellParagraphs(header, 2);
    expect(text(national as Node)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(motto as Node)).toBe('Độc lập - Tự do - Hạnh phúc');
    const nationalRun = one('w:r', national as Node);
    expect([runSizePt(nationalRun), isOn(nationalRun, 'b')]).toEqual([13, true]);
    const mottoRun = one('w:r', motto as Node);
    expect([runSizePt(mottoRun), isOn(mottoRun, 'b')]).toEqual([14, true]);
    for (const p of [parent, agency, national, motto]) {
      expect(attr(one('w:pPr/w:jc', p as Node), 'w:val')).toBe('center');
    }
  });

  it('puts Số and the italic place and date on one row', () => {
    const header = tables[0] as Node;
    const [numberCell] = cellParagraphs(header, 1, 2);
    const [dateCell] = cellParagraphs(header, 2, 2);
    expect(text(numberCell as Node)).toMatch(new RegExp(`^Số:\\s+/${form.code}$`, 'u'));
    const numberRun = one('w:r', numberCell as Node);
    expect([runSizePt(numberRun), isOn(numberRun, 'i')]).toEqual([13, false]);
    expect(text(dateCell as Node)).toBe('Lai Châu, ngày 05 tháng 10 năm 2020');
    const dateRun = one('w:r', dateCell as Node);
    expect([runSizePt(dateRun), isOn(dateRun, 'i')]).toEqual([14, true]);
  });

  it('draws real lines: under the agency 1/3–1/2 of its length, under the Tiêu ngữ its length, under the trích yếu 1/3–1/2', () => {
    const document = docx.xml('word/document.xml');
    expect(docx.parts.get('word/document.xml')).not.toMatch(/_{3,}/);
    const lined = all('//w:p[w:pPr/w:pBdr/w:bottom]', document);
    expect(lined).toHaveLength(3);
    for (const p of lined) {
      const bottom = one('w:pPr/w:pBdr/w:bottom', p);
      expect(attr(bottom, 'w:val')).toBe('single');
      expect(numberAttr(bottom, 'w:sz')).toBeGreaterThanOrEqual(4);
      expect(all('w:r', p)).toHaveLength(0);
      const ind = one('w:pPr/w:ind', p);
      expect(numberAttr(ind, 'w:left')).toBe(numberAttr(ind, 'w:right')); // centred
    }
    const header = tables[0] as Node;
    const cellText = (width: number) => width - 2 * 85;
    const agencyLine = cellParagraphs(header, 1)[2] as Node;
    expect(lined).toContain(agencyLine);
    const agencyRatio = borderLineLength(agencyLine, cellText(3936)) / textWidthTwips(form.agencyWidest, 13, true);
    expect(agencyRatio).toBeGreaterThanOrEqual(1 / 3);
    expect(agencyRatio).toBeLessThanOrEqual(1 / 2);

    const mottoLine = cellParagraphs(header, 2)[2] as Node;
    expect(lined).toContain(mottoLine);
    const mottoRatio = borderLineLength(mottoLine, cellText(5846)) / textWidthTwips('Độc lập - Tự do - Hạnh phúc', 14, true);
    expect(mottoRatio).toBeCloseTo(1, 2);

    const summaryLine = lined[2] as Node;
    const textArea = 11906 - 1701 - 850;
    const summaryWidth = Math.min(textWidthTwips(notice.summary, 14, true), textArea);
    const summaryRatio = borderLineLength(summaryLine, textArea) / summaryWidth;
    expect(summaryRatio).toBeGreaterThanOrEqual(1 / 3);
    expect(summaryRatio).toBeLessThanOrEqual(1 / 2);
  });

  it('writes THÔNG BÁO and the trích yếu bold, 14 pt, centred, right after the header, with the line under them', () => {
    const children = bodyChildren(docx);
    const [title, summary, line] = children.slice(1, 4) as Node[];
    expect(text(title as Node)).toBe('THÔNG BÁO');
    expect(text(summary as Node)).toBe(notice.summary);
    for (const p of [title, summary] as Node[]) {
      expect(attr(one('w:pPr/w:jc', p), 'w:val')).toBe('center');
      const run = one('w:r', p);
      expect([runSizePt(run), isOn(run, 'b')]).toEqual([14, true]);
    }
    expect(all('w:pPr/w:pBdr/w:bottom', line as Node)).toHaveLength(1);
  });

  it('justifies the body in 14 pt with a 1.27 cm first-line indent, ≥ 6 pt after and 1.0–1.5 line spacing', () => {
    const body = all('/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val="NoticeBody"]', docx.xml('word/document.xml'));
    expect(body.length).toBeGreaterThan(TASK_COUNT + 10);
    for (const p of body) {
      expect(attr(paragraphProperty(docx, p, 'w:jc') as Node, 'w:val')).toBe('both');
      const firstLine = numberAttr(paragraphProperty(docx, p, 'w:ind') as Node, 'w:firstLine');
      expect([567, 720]).toContain(firstLine);
      const spacing = one('w:pPr/w:spacing', style(docx, 'NoticeBody'));
      expect(numberAttr(spacing, 'w:after')).toBeGreaterThanOrEqual(120);
      expect(numberAttr(spacing, 'w:line')).toBeGreaterThanOrEqual(240);
      expect(numberAttr(spacing, 'w:line')).toBeLessThanOrEqual(360);
      expect((spacing as Element).getAttribute('w:lineRule') ?? 'auto').toBe('auto');
      // Footnote references take Word's superscript reference style (checked below); every other run is 14 pt.
      for (const run of all('w:r[not(w:footnoteReference)]', p)) expect(runSizePt(run)).toBe(14);
    }
  });

  it('writes footnotes as Word footnotes, referenced in the text and numbered by Word', () => {
    const document = docx.xml('word/document.xml');
    const references = all('//w:r/w:footnoteReference', document);
    expect(references).toHaveLength(2);
    const footnotes = all('/w:footnotes/w:footnote[not(@w:type)]', docx.xml('word/footnotes.xml'));
    const byId = new Map(footnotes.map((footnote) => [attr(footnote, 'w:id'), footnote]));
    const [opening, task] = references.map((reference) => byId.get(attr(reference, 'w:id')) as Node);
    expect(text(opening as Node)).toContain('Thành phần: lãnh đạo các Sở Tài chính, Kế hoạch và Đầu tư, Xây dựng.');
    expect(text(task as Node)).toContain('Theo Thông báo số 370/TB-UBND ngày 30/3/2020.');
    expect(isOn(runWithTextIn(task as Node, 'Thông báo số 370/TB-UBND'), 'i')).toBe(true);
    // The reference sits right after the words it annotates, in the paragraph of the opening and of task 1.
    const referenceParagraph = (reference: Node) => text(reference.parentNode?.parentNode as Node);
    expect(referenceParagraph(references[0] as Node)).toMatch(/^Ngày 29 tháng 9 năm 2020/u);
    expect(referenceParagraph(references[1] as Node)).toMatch(/^1\. Giao Sở Tài chính/u);
    // Word's own numbering: a reference mark in the superscript reference style, no number written as text.
    const referenceStyle = style(docx, attr(one('w:rPr/w:rStyle', references[0]?.parentNode as Node), 'w:val'));
    expect(attr(one('w:rPr/w:vertAlign', referenceStyle), 'w:val')).toBe('superscript');
    for (const run of all('.//w:r[w:t]', task as Node)) {
      expect(runSizePt(run)).toBe(12);
      expectAllFontSlots(one('w:rPr/w:rFonts', run));
    }
  });

  it('numbers sections I., II., III. in bold upper case and tasks 1.–16. as literal text, restarting for schemes', () => {
    const heading = paragraphStartingWith(docx, 'I. ');
    expect(text(heading)).toBe('I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9 NĂM 2020');
    for (const run of all('w:r', heading)) expect(isOn(run, 'b')).toBe(true);
    expect(text(paragraphStartingWith(docx, 'II. '))).toBe('II. NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2020');
    expect(text(paragraphStartingWith(docx, 'III. '))).toBe('III. CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP');
    expect(docx.parts.get('word/document.xml')).not.toContain('<w:numPr>');

    const texts = all('/w:document/w:body/w:p', docx.xml('word/document.xml')).map(text);
    const numbered = texts.map((t) => /^(\d+)\. /.exec(t)?.[1]).filter((n) => n !== undefined).map(Number);
    const tasks = Array.from({ length: TASK_COUNT }, (_, index) => index + 1);
    expect(numbered).toEqual([...tasks, 1, 2]);

    // A task with a title: "4. " and the title bold on their own line, then the content, then its sub-items.
    const start = texts.indexOf('4. Giao Sở Kế hoạch và Đầu tư (nhiệm vụ 4):');
    expect(start).toBeGreaterThan(0);
    expect(texts.slice(start + 1, start + 5)).toEqual([
      'Chủ trì, phối hợp với các sở, ngành liên quan thực hiện các nội dung sau:',
      '- Rà soát danh mục dự án đầu tư công năm 2021',
      '+ Tổng hợp, báo cáo UBND tỉnh trước ngày 15/10/2020',
      '- Đôn đốc giải ngân vốn đầu tư công',
    ]);
    for (const run of all('w:r', paragraphStartingWith(docx, '4. '))) expect(isOn(run, 'b')).toBe(true);
    expect(isOn(one('w:r', paragraphStartingWith(docx, 'Chủ trì, phối hợp')), 'b')).toBe(false);
    // Letter style: a), b) for points, the level-2 item stays a dash.
    const lettered = texts.indexOf('8. Giao Sở Kế hoạch và Đầu tư (nhiệm vụ 8):');
    expect(texts.slice(lettered + 2, lettered + 5)).toEqual([
      'a) Rà soát danh mục dự án đầu tư công năm 2021',
      '- Tổng hợp, báo cáo UBND tỉnh trước ngày 15/10/2020',
      'b) Đôn đốc giải ngân vốn đầu tư công',
    ]);
    // A task without a title: the number runs on into the content, not bold.
    expect(isOn(all('w:r', paragraphStartingWith(docx, '1. '))[0] as Node, 'b')).toBe(false);
    // Schemes: number and title bold, then the conclusion.
    const scheme = texts.indexOf('1. Đề án phát triển du lịch tỉnh Lai Châu giai đoạn 2021 - 2025');
    expect(texts[scheme + 1]).toBe('Giao Sở Văn hóa, Thể thao và Du lịch tiếp thu ý kiến, hoàn thiện đề án, trình UBND tỉnh.');
    // Dash items of the assessment.
    expect(texts).toContain('- Sản xuất nông nghiệp được quan tâm chỉ đạo.');
    expect(texts).toContain('+ Diện tích lúa mùa đạt kế hoạch.');
  });

  it('keeps the inline bold, italic and underline of the rich text', () => {
    const bold = runWithText(docx, 'báo cáo UBND tỉnh');
    expect([isOn(bold, 'b'), isOn(bold, 'i')]).toEqual([true, false]);
    const italic = runWithText(docx, 'đồng thời theo dõi, đôn đốc');
    expect([isOn(italic, 'b'), isOn(italic, 'i')]).toEqual([false, true]);
    const underlined = runWithText(docx, 'tổng hợp kết quả');
    expect(attr(one('w:rPr/w:u', underlined), 'w:val')).toBe('single');
    expect(all('w:rPr/w:u', runWithText(docx, ' trong tháng 10 năm 2020.'))).toHaveLength(0);
  });

  it('ends the closing sentence with "./."', () => {
    const paragraphs = all('/w:document/w:body/w:p', docx.xml('word/document.xml'));
    const last = paragraphs[paragraphs.length - 1] as Node;
    expect(text(last)).toBe(form.closing);
    expect(all('w:pPr/w:keepNext', last)).toHaveLength(1); // stays on the page of the signature
  });

  it('lays out "Nơi nhận" and the signature as a borderless fixed table 3276 + 6072 twips', () => {
    const signature = tables[1] as Node;
    expect(bodyChildren(docx).at(-1)).toBe(signature);
    expect(attr(one('w:tblPr/w:tblLayout', signature), 'w:type')).toBe('fixed');
    expect(all('w:tblGrid/w:gridCol', signature).map((c) => numberAttr(c, 'w:w'))).toEqual([3276, 6072]);
    expect(all('w:tr/w:tc/w:tcPr/w:tcW', signature).map((w) => numberAttr(w, 'w:w'))).toEqual([3276, 6072]);
    for (const border of all('w:tblPr/w:tblBorders/*', signature)) expect(attr(border, 'w:val')).toMatch(/^(none|nil)$/);

    const recipients = cellParagraphs(signature, 1);
    expect(recipients.map(text)).toEqual([
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy (b/c);',
      '- Thường trực HĐND tỉnh (b/c);',
      '- Chủ tịch, các PCT UBND tỉnh;',
      '- Các sở, ban, ngành tỉnh;',
      '- UBND các huyện, thành phố;',
      '- Lãnh đạo VP UBND tỉnh;',
      '- Lưu: VT, TH.',
    ]);
    const heading = one('w:r', recipients[0] as Node);
    expect([runSizePt(heading), isOn(heading, 'b'), isOn(heading, 'i')]).toEqual([12, true, true]);
    for (const p of recipients.slice(1)) {
      const run = one('w:r', p);
      expect([runSizePt(run), isOn(run, 'b'), isOn(run, 'i')]).toEqual([11, false, false]);
    }

    const right = cellParagraphs(signature, 2);
    const texts = right.map(text);
    expect(texts.slice(0, 3)).toEqual(form.signature);
    expect(texts.at(-1)).toBe('Nguyễn Văn A');
    // Room for the handwritten signature and the seal.
    expect(texts.slice(3, -1).every((t) => t === '')).toBe(true);
    expect(texts.length - 4).toBeGreaterThanOrEqual(3);
    for (const p of [...right.slice(0, 3), right.at(-1) as Node]) {
      expect(attr(one('w:pPr/w:jc', p), 'w:val')).toBe('center');
      const run = one('w:r', p);
      expect([runSizePt(run), isOn(run, 'b')]).toEqual([14, true]);
    }
    // "Nơi nhận:" level with the first signature line.
    const before = (p: Node) => numberAttr(one('w:pPr/w:spacing', p), 'w:before');
    expect(before(recipients[0] as Node)).toBe(before(right[0] as Node));
  });

  it('numbers pages at the top centre from page 2 on, with an empty first-page header', () => {
    const sectPr = one('/w:document/w:body/w:sectPr', docx.xml('word/document.xml'));
    expect((one('w:titlePg', sectPr) as Element).getAttribute('w:val') ?? 'true').toMatch(/^(true|1|on)$/);
    const first = docx.xml(docx.relationshipTarget(attr(one('w:headerReference[@w:type="first"]', sectPr), 'r:id')));
    expect(text(first)).toBe('');
    expect(all('//w:fldSimple | //w:instrText', first)).toHaveLength(0);

    const other = docx.xml(docx.relationshipTarget(attr(one('w:headerReference[@w:type="default"]', sectPr), 'r:id')));
    const instructions = [
      ...all('//w:instrText', other).map((n) => n.textContent ?? ''),
      ...all('//w:fldSimple', other).map((n) => attr(n, 'w:instr')),
    ];
    expect(instructions.map((i) => i.trim().split(/\s+/)[0])).toEqual(['PAGE']);
    const paragraph = one('//w:p', other);
    expect(attr(one('w:pPr/w:jc', paragraph), 'w:val')).toBe('center');
    for (const run of all('w:r', paragraph)) {
      expect(runSizePt(run)).toBe(14);
      expectAllFontSlots(one('w:rPr/w:rFonts', run));
    }
    expect(all('w:footerReference', sectPr)).toHaveLength(0);
  });

  it('records the trích yếu as the title and the author in the document properties', () => {
    const core = docx.xml('docProps/core.xml');
    expect(one('//dc:title', core).textContent).toBe(notice.summary);
    expect(one('//dc:creator', core).textContent).toBe('Văn phòng UBND tỉnh Lai Châu');
  });

  it('strips control characters from every text', () => {
    const xml = docx.parts.get('word/document.xml') ?? '';
    // The fixture's opening paragraph has a BEL (U+0007) after "tại".
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(text(paragraphStartingWith(docx, 'Ngày 29 tháng 9'))).toContain('tại Hội trường UBND tỉnh');
  });
});

describe('buildNoticeDocx with other notices', () => {
  it('strips control characters from the header, the title, the recipients and the signature', async () => {
    const input = fixtureInput(2);
    const notice = NoticeSchema.parse({
      ...input,
      issuer: { parentAgency: 'UBND TỈNH\u0001 LAI CHÂU', agency: 'VĂN\u001F PHÒNG' },
      summary: 'Kết luận\u000B của Chủ tịch',
      recipients: ['Sở Tài\u0000 chính'],
      signature: { authorityLines: ['TL.\u0008 CHỦ TỊCH'], title: 'CHÁNH VĂN PHÒNG', signerName: 'Lê\u007F Văn B' },
    });
    const docx = await build(notice);
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      expect(docx.parts.get(part)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    }
    const texts = all('//w:p', docx.xml('word/document.xml')).map(text);
    for (const expected of ['UBND TỈNH LAI CHÂU', 'VĂN PHÒNG', 'Kết luận của Chủ tịch', '- Sở Tài chính;', 'TL. CHỦ TỊCH', 'Lê Văn B']) {
      expect(texts).toContain(expected);
    }
  });

  it('strips bidirectional overrides and isolates, the document code included', async () => {
    const hidden = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const notice = NoticeSchema.parse({
      ...fixtureInput(1),
      number: 27,
      code: `TB-\u202EPV\u202C`,
      summary: `Kết luận${hidden} của Chủ tịch`,
      recipients: ['Sở \u2067Tài chính\u2069'],
    });
    const docx = await build(notice);
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      expect(docx.parts.get(part)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    }
    const texts = all('//w:p', docx.xml('word/document.xml')).map(text);
    for (const expected of ['Số: 27/TB-PV', 'Kết luận của Chủ tịch', '- Sở Tài chính;']) expect(texts).toContain(expected);
  });

  it('writes the single agency line of a notice issued by the People’s Committee, with its number and date', async () => {
    const notice = NoticeSchema.parse({
      ...fixtureInput(1),
      issuer: { parentAgency: '', agency: 'Ủy ban nhân dân tỉnh Lai Châu' },
      number: 5,
      code: 'TB-UBND',
      date: '2021-01-07',
    });
    const docx = await build(notice);
    const header = all('/w:document/w:body/w:tbl', docx.xml('word/document.xml'))[0] as Node;
    const left = cellParagraphs(header, 1);
    expect(text(left[0] as Node)).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(isOn(one('w:r', left[0] as Node), 'b')).toBe(true);
    expect(all('w:pPr/w:pBdr/w:bottom', left[1] as Node)).toHaveLength(1);
    // The name wraps in the column: the line is measured against its longest line, "ỦY BAN NHÂN DÂN TỈNH LAI".
    const ratio = borderLineLength(left[1] as Node, 3936 - 170) / textWidthTwips('ỦY BAN NHÂN DÂN TỈNH LAI', 13, true);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    expect(text(cellParagraphs(header, 1, 2)[0] as Node)).toBe('Số: 05/TB-UBND');
    expect(text(cellParagraphs(header, 2, 2)[0] as Node)).toBe('Lai Châu, ngày 07 tháng 01 năm 2021');
  });

  it('keeps a line break typed in the agency name, measuring the line under it against the longer line', async () => {
    const notice = NoticeSchema.parse({
      ...fixtureInput(1),
      issuer: { parentAgency: '', agency: 'Ủy ban nhân dân\ntỉnh Lai Châu' },
    });
    const docx = await build(notice);
    const header = all('/w:document/w:body/w:tbl', docx.xml('word/document.xml'))[0] as Node;
    const left = cellParagraphs(header, 1);
    expect(left.slice(0, 2).map(text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU']);
    for (const p of left.slice(0, 2)) expect(isOn(one('w:r', p), 'b')).toBe(true);
    const ratio = borderLineLength(left[2] as Node, 3936 - 170) / textWidthTwips('ỦY BAN NHÂN DÂN', 13, true);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  });

  it('adds "./." to the last body paragraph when there is no closing, and never doubles it', async () => {
    const base = fixtureInput(1);
    const withoutClosing = await build(
      NoticeSchema.parse({
        ...base,
        closing: '',
        body: [{ id: 'p', type: 'paragraph', text: [{ text: 'Đề nghị các cơ quan thực hiện' }] }],
      }),
    );
    const lastText = (docx: Docx) => {
      const paragraphs = all('/w:document/w:body/w:p', docx.xml('word/document.xml'));
      return text(paragraphs[paragraphs.length - 1] as Node);
    };
    expect(lastText(withoutClosing)).toBe('Đề nghị các cơ quan thực hiện./.');
    const alreadyEnded = await build(NoticeSchema.parse({ ...base, closing: 'Thông báo để biết, thực hiện./.' }));
    expect(lastText(alreadyEnded)).toBe('Thông báo để biết, thực hiện./.');
  });

  it('uses the issuing agency as the author when none is given, and "Lưu: VT." by default', async () => {
    const { author: _author, archive: _archive, ...input } = fixtureInput(1);
    const docx = await build(NoticeSchema.parse(input));
    expect(one('//dc:creator', docx.xml('docProps/core.xml')).textContent).toBe('UBND TỈNH LAI CHÂU - VĂN PHÒNG');
    const signature = all('/w:document/w:body/w:tbl', docx.xml('word/document.xml'))[1] as Node;
    expect(cellParagraphs(signature, 1).map(text).at(-1)).toBe('- Lưu: VT.');
  });
});
