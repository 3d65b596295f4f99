/**
 * The history as people read it: each saved state labelled by why it was saved (manual version, issue, restore,
 * creation), and the autosaves of one sitting (no pause longer than SITTING_GAP_MS between them, nothing else in
 * between) collapsed into one entry that stands for the last of them. An autosave a review copy or a comment points
 * to keeps an entry of its own: folded into a later one, its copy and comments would vanish from view. Pure.
 */
import { format } from 'date-fns';
import type { RevisionReason, RevisionSummary } from '../api';

/** A pause longer than this between two autosaves starts a new sitting. */
export const SITTING_GAP_MS = 30 * 60_000;

export const REASON_LABELS: Record<RevisionReason, string> = {
  create: 'Tạo mới',
  autosave: 'Tự động lưu',
  manual: 'Lưu thủ công',
  restore: 'Khôi phục phiên bản',
  issue: 'Ban hành',
};

export interface HistoryEntry {
  /** The revision the entry opens and compares (the last autosave of a sitting). */
  revision: RevisionSummary;
  /** For a sitting: how many autosaves it holds and when it began. */
  autosaves?: { count: number; firstAt: string };
}

/**
 * `revisions` newest first, as listRevisions gives them; `pinned`, the revisions review copies or comments point to:
 * each may gather the older autosaves of its sitting but never joins a newer one's entry.
 */
export function historyEntries(revisions: readonly RevisionSummary[], pinned: ReadonlySet<number> = new Set()): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const revision of revisions) {
    const previous = entries[entries.length - 1];
    const sameSitting =
      revision.reason === 'autosave' &&
      !pinned.has(revision.id) &&
      previous?.autosaves !== undefined &&
      Date.parse(previous.autosaves.firstAt) - Date.parse(revision.createdAt) <= SITTING_GAP_MS;
    if (sameSitting && previous?.autosaves) {
      previous.autosaves = { count: previous.autosaves.count + 1, firstAt: revision.createdAt };
    } else {
      entries.push(revision.reason === 'autosave' ? { revision, autosaves: { count: 1, firstAt: revision.createdAt } } : { revision });
    }
  }
  return entries;
}

const time = (iso: string) => format(new Date(iso), "HH:mm 'ngày' dd/MM/yyyy");

/** "Lưu thủ công lúc 09:00 ngày 27/11/2026", "Tự động lưu 08:10–08:55 ngày 27/11/2026 (12 lần)". */
export function entryLabel(entry: HistoryEntry): string {
  const { revision, autosaves } = entry;
  if (autosaves && autosaves.count > 1) {
    return `${REASON_LABELS.autosave} ${format(new Date(autosaves.firstAt), 'HH:mm')}–${time(revision.createdAt)} (${autosaves.count} lần)`;
  }
  const restored = revision.restoredFrom !== undefined ? ` (từ phiên bản #${revision.restoredFrom})` : '';
  return `${REASON_LABELS[revision.reason]} lúc ${time(revision.createdAt)}${restored}`;
}

export function revisionLabel(revision: RevisionSummary): string {
  return entryLabel({ revision });
}
