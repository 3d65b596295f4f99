/**
 * Directory edits that reach into the notices: deleting an agency and merging one into another. Notices keep their
 * text (the names as written); only the links from their agency references to the directory change.
 */
import type Database from 'better-sqlite3';
import { ApiError, type Agency } from '../../../shared/api';
import { agencyKey } from '../../../shared/agencies/match';
import { mapAgencyRefs } from '../../../shared/notice/agency-refs';
import { parseStoredNotice } from '../../../shared/notice/migrate';
import type { Notice } from '../../../shared/notice/schema';
import { deleteAgencyRow, listAgencyRows, noticesLinkingAgency, updateAgencyRow } from '../storage/agencies';
import { noticeDocumentJson, setNoticeAgencies, writeNoticeDocument } from '../storage/notices';
import { noticeAgencyIds } from '../storage/search-index';

/** Every agency reference of a notice, relinked by `relink` (which returns the new id, or undefined to unlink). */
function relinkNotice(notice: Notice, relink: (id: string) => string | undefined): Notice {
  return mapAgencyRefs(notice, (r) => {
    if (!r.id) return r;
    const id = relink(r.id);
    if (id === r.id) return r;
    const { id: _old, ...rest } = r;
    return id ? { ...rest, id } : rest;
  });
}

/** Rewrites the links of every notice that links `fromId` (its current state; revisions are history and stay). */
function relinkNotices(db: Database.Database, fromId: string, toId: string | undefined): void {
  for (const noticeId of noticesLinkingAgency(db, fromId)) {
    const notice = relinkNotice(parseStoredNotice(JSON.parse(noticeDocumentJson(db, noticeId))), (id) => (id === fromId ? toId : id));
    writeNoticeDocument(db, noticeId, JSON.stringify(notice));
    setNoticeAgencies(db, noticeId, noticeAgencyIds(notice));
  }
}

function find(directory: Agency[], id: string): Agency {
  const agency = directory.find((a) => a.id === id);
  if (!agency) throw new ApiError('not-found', 'Không tìm thấy cơ quan này trong danh bạ.');
  return agency;
}

function assertNotASuccessor(directory: Agency[], agency: Agency): void {
  const predecessors = directory.filter((a) => a.successors.some((s) => s.id === agency.id));
  if (predecessors.length > 0) {
    throw new ApiError(
      'conflict',
      `${agency.name} là cơ quan kế tục của ${predecessors.map((a) => a.name).join(', ')}: hãy sửa lịch sử của các cơ quan đó trước.`,
    );
  }
}

/** Removes an agency; notices that named it keep the name, unlinked. Inside the caller's transaction. */
export function deleteAgency(db: Database.Database, id: string): void {
  const directory = listAgencyRows(db);
  const agency = find(directory, id);
  assertNotASuccessor(directory, agency);
  relinkNotices(db, id, undefined);
  deleteAgencyRow(db, id);
}

/**
 * Merges agency `id` into `intoId` (a duplicate, or one the user recognises as the same): its names become aliases
 * of the other, notices that linked it link the other, and agencies it succeeded now name the other. Inside the
 * caller's transaction; returns the agency merged into.
 */
export function mergeAgency(db: Database.Database, id: string, intoId: string, at: string): Agency {
  if (id === intoId) throw new ApiError('invalid-request', 'Không thể hợp nhất một cơ quan vào chính nó.');
  const directory = listAgencyRows(db);
  const from = find(directory, id);
  const into = find(directory, intoId);
  const known = new Set([into.name, into.shortName, ...into.aliases].map(agencyKey));
  const aliases = [...into.aliases];
  for (const name of [from.name, from.shortName, ...from.aliases]) {
    const key = agencyKey(name);
    if (key && !known.has(key)) {
      known.add(key);
      aliases.push(name);
    }
  }
  const merged: Agency = { ...into, aliases };
  for (const other of directory) {
    if (other.id === id || other.id === intoId || !other.successors.some((s) => s.id === id)) continue;
    const successors = other.successors.map((s) => (s.id === id ? { ...s, id: intoId } : s));
    updateAgencyRow(db, { ...other, successors: successors.filter((s, i) => successors.findIndex((x) => x.id === s.id) === i) }, at);
  }
  relinkNotices(db, id, intoId);
  deleteAgencyRow(db, id);
  updateAgencyRow(db, merged, at);
  return merged;
}
