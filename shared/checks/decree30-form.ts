/**
 * The form Decree 30/2020/NĐ-CP (Appendix I) sets for an administrative document, as far as the Notice's data can
 * get it wrong: the trích yếu, the closing "./.", the signature's authority lines, the archive line. Dates and the
 * register number are data that the export writes correctly; they are checked in the lines of an imported file.
 */
import type { Notice } from '../notice/schema';
import { listTextFields, locate, locateField } from './text-fields';
import type { CheckRule, Finding } from './types';

const RULE = 'decree30.form';

function finding(message: string, location: Finding['location'], severity: Finding['severity'] = 'error', fixes?: Finding['fixes']): Finding {
  return fixes ? { ruleId: RULE, severity, message, location, fixes } : { ruleId: RULE, severity, message, location };
}

function summaryFindings(notice: Notice): Finding[] {
  const field = listTextFields(notice).find((f) => f.kind === 'summary');
  const text = field?.text.trim() ?? '';
  if (!field || text === '') return [];
  const findings: Finding[] = [];
  const first = text[0] ?? '';
  const start = field.text.indexOf(first);
  if (first !== first.toLocaleUpperCase('vi') ) {
    findings.push(finding('Trích yếu phải bắt đầu bằng chữ in hoa (Phụ lục I, Nghị định 30/2020/NĐ-CP).', locate(field, start, 1), 'error', [
      { label: `Viết hoa «${first.toLocaleUpperCase('vi')}»`, replacement: first.toLocaleUpperCase('vi') },
    ]));
  }
  const end = /[.;,:]+$/u.exec(field.text.trimEnd());
  if (end) {
    findings.push(finding('Trích yếu không có dấu chấm (hay dấu câu) ở cuối. Xoá dấu câu cuối trích yếu.', locate(field, end.index, end[0].length), 'error', [
      { label: 'Xoá dấu câu cuối', replacement: '' },
    ]));
  }
  return findings;
}

function closingFindings(notice: Notice): Finding[] {
  const text = notice.closing.normalize('NFC').trimEnd();
  if (text === '' || text.endsWith('./.')) return [];
  const tail = /[./]*$/u.exec(text);
  const offset = tail?.index ?? text.length;
  return [
    finding('Câu kết phải kết thúc bằng «./.» (Phụ lục I, Nghị định 30/2020/NĐ-CP).', { path: 'closing', offset, length: text.length - offset }, 'warning', [
      { label: 'Kết thúc bằng «./.»', replacement: './.' },
    ]),
  ];
}

/** "TM.", "KT.", "TL.", "TUQ.", "Q." and what follows, from an authority line. */
function authority(line: string): { prefix: string; title: string } | undefined {
  const match = /^\s*(TM|KT|TL|TUQ|Q)\s*\.\s*(.+)$/u.exec(line.normalize('NFC'));
  return match ? { prefix: match[1] ?? '', title: (match[2] ?? '').trim().toLocaleUpperCase('vi') } : undefined;
}

function signatureFindings(notice: Notice): Finding[] {
  const findings: Finding[] = [];
  const title = notice.signature.title.normalize('NFC').trim().toLocaleUpperCase('vi');
  const lines = notice.signature.authorityLines;
  lines.forEach((line, index) => {
    const parsed = authority(line);
    const path = `signature.authorityLines[${index}]`;
    if (!parsed) {
      findings.push(finding(`Dòng thẩm quyền «${line}» phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. rồi đến chức vụ.`, locateField(path)));
      return;
    }
    if (parsed.prefix === 'KT' && index !== lines.length - 1) {
      findings.push(finding('Dòng «KT.» phải đứng ngay trên chức vụ người ký (ví dụ TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG).', locateField(path)));
    }
  });
  const last = lines.length > 0 ? authority(lines[lines.length - 1] ?? '') : undefined;
  if (title === '') return findings;
  const deputy = /^PHÓ\s+(.+)$/u.exec(title)?.[1];
  if (deputy !== undefined) {
    // A deputy signs for the head: "KT. <the head's title>" right above the title.
    if (last?.prefix !== 'KT') {
      findings.push(finding(`Cấp phó ký thay cấp trưởng: cần dòng «KT. ${deputy}» ngay trên chức vụ «${title}».`, locateField('signature.authorityLines')));
    } else if (last.title !== deputy) {
      findings.push(finding(`Dòng «KT. ${last.title}» không khớp chức vụ người ký «${title}»: cần «KT. ${deputy}».`, locateField(`signature.authorityLines[${lines.length - 1}]`)));
    }
  } else if (last?.prefix === 'KT') {
    findings.push(finding(`«KT.» dùng khi cấp phó ký thay cấp trưởng, nhưng chức vụ người ký là «${title}». Sửa chức vụ (PHÓ …) hoặc bỏ dòng «KT.».`, locateField(`signature.authorityLines[${lines.length - 1}]`)));
  }
  const collective = /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND/u.test(notice.issuer.agency.normalize('NFC').toLocaleUpperCase('vi')) && notice.issuer.parentAgency.trim() === '';
  const tm = lines.findIndex((line) => authority(line)?.prefix === 'TM');
  if (tm >= 0 && !collective) {
    findings.push(finding('«TM.» chỉ dùng khi ký thay mặt tập thể (Ủy ban nhân dân ban hành); thông báo của Văn phòng ký «TL.» hoặc không có dòng thẩm quyền.', locateField(`signature.authorityLines[${tm}]`)));
  }
  // The Committee's notices are signed either for the collective by a leader ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH")
  // or by order by the Office ("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG", as real notices are); only a leader signing
  // without "TM." is wrong.
  if (tm < 0 && collective && authority(lines[0] ?? '')?.prefix === 'KT') {
    findings.push(finding('Lãnh đạo ký văn bản của Ủy ban nhân dân (tập thể): cần dòng «TM. ỦY BAN NHÂN DÂN» trước «KT. CHỦ TỊCH».', locateField('signature.authorityLines[0]'), 'warning'));
  }
  return findings;
}

function recipientFindings(notice: Notice): Finding[] {
  const findings: Finding[] = [];
  const fields = listTextFields(notice).filter((f) => f.kind === 'recipient');
  for (const field of fields) {
    const lead = /^\s*[-–+•]\s*/u.exec(field.text);
    if (lead) findings.push(finding('Không gõ dấu «-» đầu nơi nhận: khi xuất tự thêm.', locate(field, 0, lead[0].length), 'warning', [{ label: 'Bỏ dấu đầu dòng', replacement: '' }]));
    const tail = /\s*[;.,]+\s*$/u.exec(field.text);
    if (tail) findings.push(finding('Không gõ dấu «;» hay «.» cuối nơi nhận: khi xuất tự thêm «;».', locate(field, tail.index, tail[0].length), 'warning', [{ label: 'Bỏ dấu cuối', replacement: '' }]));
    if (/^\s*[-–]?\s*Lưu\s*:/iu.test(field.text)) findings.push(finding('Dòng «Lưu» ghi ở ô «Lưu», không ghi thành một nơi nhận.', locate(field), 'error'));
  }
  const archive = notice.archive.normalize('NFC').trim();
  if (!/^VT(?![\p{L}])/u.test(archive)) {
    findings.push(finding(`Dòng lưu phải bắt đầu bằng «VT» (văn thư), ví dụ «Lưu: VT, TH.»; hiện là «${archive}».`, locateField('archive')));
  }
  return findings;
}

/** Lines of an imported file: the place-and-date line, the number line and "Nơi nhận". */
function sourceFindings(lines: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  lines.forEach((raw, index) => {
    const line = raw.normalize('NFC');
    const path = `source[${index}]`;
    const date = /,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+\d{4}/u.exec(line);
    if (date && line.length < 80) {
      const day = date[1] ?? '';
      const month = date[2] ?? '';
      if (day.length === 1) findings.push({ ruleId: RULE, severity: 'error', message: `Ngày dưới 10 phải viết thêm số 0 ở trước: «ngày 0${day}».`, location: { path, offset: line.indexOf(day, date.index), length: day.length }, fixes: [{ label: `Sửa thành «0${day}»`, replacement: `0${day}` }] });
      if (month.length === 1 && (month === '1' || month === '2')) {
        const at = line.indexOf(`tháng ${month}`, date.index) + 'tháng '.length;
        findings.push({ ruleId: RULE, severity: 'error', message: `Tháng 1 và tháng 2 phải viết thêm số 0 ở trước: «tháng 0${month}».`, location: { path, offset: at, length: 1 }, fixes: [{ label: `Sửa thành «0${month}»`, replacement: `0${month}` }] });
      }
    }
    const number = /^\s*Số\s*:\s*(\d+)\s*\//u.exec(line);
    if (number && (number[1] ?? '').length === 1) {
      const digits = number[1] ?? '';
      findings.push({ ruleId: RULE, severity: 'error', message: `Số văn bản dưới 10 phải viết thêm số 0 ở trước: «0${digits}».`, location: { path, offset: line.indexOf(digits), length: 1 }, fixes: [{ label: `Sửa thành «0${digits}»`, replacement: `0${digits}` }] });
    }
  });
  const start = lines.findIndex((line) => /^\s*Nơi nhận\s*:/u.test(line.normalize('NFC')));
  if (start >= 0) {
    const items: number[] = [];
    for (let i = start + 1; i < lines.length && /^\s*[-–]\s*\S/u.test(lines[i] ?? ''); i++) items.push(i);
    const last = items.at(-1);
    items.forEach((i) => {
      const line = (lines[i] ?? '').normalize('NFC').trimEnd();
      if (i === last) {
        if (!/^\s*[-–]\s*Lưu\s*:\s*VT\b.*\.$/u.test(line)) findings.push({ ruleId: RULE, severity: 'error', message: 'Nơi nhận phải kết thúc bằng dòng «- Lưu: VT, …» có dấu chấm ở cuối.', location: { path: `source[${i}]`, offset: 0, length: line.length } });
      } else if (!line.endsWith(';')) {
        findings.push({ ruleId: RULE, severity: 'warning', message: 'Mỗi nơi nhận kết thúc bằng dấu «;».', location: { path: `source[${i}]`, offset: line.length, length: 0 }, fixes: [{ label: 'Thêm «;»', replacement: ';' }] });
      }
    });
  }
  return findings;
}

export const decree30FormRules: readonly CheckRule[] = [
  { id: RULE, run: (notice, context) => [...summaryFindings(notice), ...closingFindings(notice), ...signatureFindings(notice), ...recipientFindings(notice), ...sourceFindings(context.sourceLines ?? [])] },
];
