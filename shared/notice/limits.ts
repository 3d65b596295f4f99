/**
 * Length limits on a notice's fields: what a real notice can need, with room to spare, so that a runaway paste or a
 * hostile request cannot make every list, search and save carry megabytes. The editor's inputs and paste handling
 * read the same numbers. `bodyBlocks` also admits whatever an import within IMPORT_LIMITS yields (the 100,000-
 * paragraph import bench included).
 *
 * The limits apply where a notice comes in (the API's create and save, import, a notice file given to the command
 * line: `LimitedNoticeSchema` in ./limited-schema.ts), not where a stored one is read (NoticeSchema,
 * StoredNoticeSchema): a notice saved before the limits existed still opens, and the editor names what to shorten
 * when it is saved again. This module builds no zod schema: the editor's first frame reads its numbers.
 */
import type { AgencyRef, Block, Notice, RichText } from './schema';

export const NOTICE_LIMITS = {
  summary: 1_000,
  runText: 20_000,
  runsPerText: 5_000,
  bodyBlocks: 100_000,
  subItems: 1_000,
  agencies: 100,
  agencyName: 500,
  id: 200,
  reviewReason: 2_000,
  issuerLine: 200,
  code: 50,
  place: 100,
  documentType: 100,
  meetingShort: 200,
  meetingPlace: 500,
  chairTitle: 500,
  attendees: 5_000,
  closing: 2_000,
  signatureLine: 200,
  authorityLines: 10,
  recipient: 500,
  recipients: 200,
  archive: 200,
  author: 200,
} as const;

/** "1.000" — Vietnamese thousands separator. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "Trích yếu dài quá 1.000 ký tự. Hãy rút gọn." */
export function tooLongMessage(field: string, max: number): string {
  return `${field} dài quá ${formatCount(max)} ký tự. Hãy rút gọn.`;
}

/** "Có quá 100.000 khối nội dung trong văn bản." */
export function tooManyMessage(what: string, max: number): string {
  return `Có quá ${formatCount(max)} ${what}.`;
}

export interface LimitProblem {
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];
const L = NOTICE_LIMITS;

/** Every field of the notice beyond its limit, each with its path and a message that names it. */
export function noticeLimitProblems(notice: Notice): LimitProblem[] {
  const problems: LimitProblem[] = [];
  // Paths are built only for a field beyond its limit: building one per field made a long notice's check allocate
  // kilobytes per block.
  const text = (value: string | undefined, path: () => Path, field: string, max: number) => {
    if (value !== undefined && value.length > max) problems.push({ path: path(), message: tooLongMessage(field, max) });
  };
  const count = (items: readonly unknown[], path: () => Path, what: string, max: number) => {
    if (items.length > max) problems.push({ path: path(), message: tooManyMessage(what, max) });
  };
  const richText = (runs: RichText, path: () => Path) => {
    count(runs, path, 'đoạn định dạng trong một đoạn văn', L.runsPerText);
    runs.forEach((run, index) => {
      text(run.text, () => [...path(), index, 'text'], 'Đoạn văn bản', L.runText);
      run.footnote?.forEach((part, at) => text(part.text, () => [...path(), index, 'footnote', at, 'text'], 'Đoạn văn bản', L.runText));
    });
  };
  const agency = (ref: AgencyRef, path: () => Path) => {
    text(ref.id, () => [...path(), 'id'], 'Mã cơ quan', L.id);
    text(ref.name, () => [...path(), 'name'], 'Tên cơ quan', L.agencyName);
    text(ref.replaces, () => [...path(), 'replaces'], 'Tên cơ quan được thay thế', L.agencyName);
  };
  const agencies = (refs: AgencyRef[], path: () => Path, what: string) => {
    count(refs, path, what, L.agencies);
    refs.forEach((ref, index) => agency(ref, () => [...path(), index]));
  };
  const blockBase = (block: { id: string; reviewReason?: string }, path: () => Path) => {
    text(block.id, () => [...path(), 'id'], 'Mã khối', L.id);
    text(block.reviewReason, () => [...path(), 'reviewReason'], 'Lý do cần rà soát', L.reviewReason);
  };
  const block = (item: Block, path: () => Path) => {
    blockBase(item, path);
    switch (item.type) {
      case 'heading':
      case 'paragraph':
      case 'dash':
        richText(item.text, () => [...path(), 'text']);
        return;
      case 'task':
        richText(item.title, () => [...path(), 'title']);
        richText(item.content, () => [...path(), 'content']);
        agencies(item.leadAgencies, () => [...path(), 'leadAgencies'], 'cơ quan chủ trì');
        agencies(item.coordinatingAgencies, () => [...path(), 'coordinatingAgencies'], 'cơ quan phối hợp');
        count(item.subItems, () => [...path(), 'subItems'], 'ý trong một nhiệm vụ', L.subItems);
        item.subItems.forEach((sub, index) => {
          const at = () => [...path(), 'subItems', index];
          blockBase(sub, at);
          richText(sub.text, () => [...at(), 'text']);
          agencies(sub.leadAgencies, () => [...at(), 'leadAgencies'], 'cơ quan chủ trì');
          agencies(sub.coordinatingAgencies, () => [...at(), 'coordinatingAgencies'], 'cơ quan phối hợp');
        });
        return;
      case 'scheme':
        richText(item.title, () => [...path(), 'title']);
        richText(item.conclusion, () => [...path(), 'conclusion']);
        if (item.responsibleAgency) agency(item.responsibleAgency, () => [...path(), 'responsibleAgency']);
    }
  };

  text(notice.issuer.parentAgency, () => ['issuer', 'parentAgency'], 'Tên cơ quan chủ quản', L.issuerLine);
  text(notice.issuer.agency, () => ['issuer', 'agency'], 'Tên cơ quan ban hành', L.issuerLine);
  text(notice.code, () => ['code'], 'Ký hiệu văn bản', L.code);
  text(notice.place, () => ['place'], 'Địa danh', L.place);
  text(notice.documentType, () => ['documentType'], 'Tên loại văn bản', L.documentType);
  text(notice.summary, () => ['summary'], 'Trích yếu', L.summary);
  const { meeting, signature } = notice;
  text(meeting.timeOfDay, () => ['meeting', 'timeOfDay'], 'Thời gian họp', L.meetingShort);
  text(meeting.place, () => ['meeting', 'place'], 'Địa điểm họp', L.meetingPlace);
  text(meeting.chairName, () => ['meeting', 'chairName'], 'Tên người chủ trì', L.meetingShort);
  text(meeting.chairTitle, () => ['meeting', 'chairTitle'], 'Chức vụ người chủ trì', L.chairTitle);
  text(meeting.attendees, () => ['meeting', 'attendees'], 'Thành phần dự họp', L.attendees);
  count(notice.body, () => ['body'], 'khối nội dung trong văn bản', L.bodyBlocks);
  notice.body.forEach((item, index) => block(item, () => ['body', index]));
  text(notice.closing, () => ['closing'], 'Câu kết', L.closing);
  count(signature.authorityLines, () => ['signature', 'authorityLines'], 'dòng thẩm quyền ký', L.authorityLines);
  signature.authorityLines.forEach((line, index) => text(line, () => ['signature', 'authorityLines', index], 'Dòng thẩm quyền ký', L.signatureLine));
  text(signature.title, () => ['signature', 'title'], 'Chức vụ người ký', L.signatureLine);
  text(signature.signerName, () => ['signature', 'signerName'], 'Tên người ký', L.signatureLine);
  count(notice.recipients, () => ['recipients'], 'dòng nơi nhận', L.recipients);
  notice.recipients.forEach((line, index) => text(line, () => ['recipients', index], 'Dòng nơi nhận', L.recipient));
  text(notice.archive, () => ['archive'], 'Nơi lưu', L.archive);
  text(notice.templateId, () => ['templateId'], 'Mã mẫu', L.id);
  text(notice.author, () => ['author'], 'Tên tác giả', L.author);
  return problems;
}
