/**
 * Length limits on a notice's fields: what a real notice can need, with room to spare, so that a runaway paste or a
 * hostile request cannot make every list, search and save carry megabytes. The editor's inputs and paste handling
 * read the same numbers. `maxBodyBlocks` also admits whatever an import within IMPORT_LIMITS yields (the 100,000-
 * paragraph import bench included).
 */
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

/** "Trích yếu dài quá 1.000 ký tự." */
export function tooLongMessage(field: string, max: number): string {
  return `${field} dài quá ${formatCount(max)} ký tự. Hãy rút gọn.`;
}

/** "Văn bản có quá 100.000 khối nội dung." */
export function tooManyMessage(what: string, max: number): string {
  return `Có quá ${formatCount(max)} ${what}.`;
}
