/**
 * Autosave of the open notice: a save at most ~1 s after the last change (debounced), one save in flight at a
 * time, and a last-chance flush when the page is hidden or unloaded. Before that flush a copy goes to
 * localStorage synchronously, so a reload or crash that beats the network still loses nothing: the copy is
 * applied on the next open if the server has not seen anything newer.
 *
 * Every save names the revision it started from. When another window, tab or process saved since, the library
 * keeps this save as its own revision and says so: autosave then stops (state `conflict`) until the user takes a
 * version (`keepMine`, or opening the current one afresh).
 */
import type { Api } from '../../shared/api';
import type { Notice } from '../../shared/notice/schema';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export const AUTOSAVE_DELAY_MS = 700;
const RETRY_MS = 4000;
const BACKUP_PREFIX = 'thongbao:unsaved:';

/** A save the library kept apart because another writer saved first. */
export interface SaveConflict {
  /** The revision that kept this writer's text. */
  mine: number;
  /** The notice's current revision, saved elsewhere. */
  current: number;
}

interface Backup {
  baseRevisionId: number;
  notice: Notice;
}

export class Autosave {
  private latest: Notice | null = null;
  private timer: number | undefined;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = 'saved';
  private revisionId: number;
  private conflict: SaveConflict | null = null;
  /** This editor session, so that the library merges only its own consecutive autosaves. */
  private readonly writerId = crypto.randomUUID();
  private readonly listeners = new Set<(state: SaveState) => void>();

  constructor(
    private readonly api: Api,
    private readonly noticeId: string,
    revisionId: number,
    private readonly onError: (error: unknown) => void,
    private readonly onConflict: (conflict: SaveConflict) => void = () => undefined,
  ) {
    this.revisionId = revisionId;
  }

  get saveState(): SaveState {
    return this.state;
  }

  get dirty(): boolean {
    return this.latest !== null;
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A change from the editor: remember it and save once typing pauses (not while a conflict waits for the user). */
  change(notice: Notice): void {
    this.latest = notice;
    if (this.conflict) return;
    this.setState(this.inFlight ? 'saving' : 'pending');
    this.restartTimer(AUTOSAVE_DELAY_MS);
  }

  /**
   * The user keeps this window's text after a conflict: saved now on top of the current revision (the other
   * writer's text stays in the history).
   */
  async keepMine(notice: Notice): Promise<void> {
    if (!this.conflict) return;
    this.revisionId = this.conflict.current;
    this.conflict = null;
    await this.flush('manual', notice);
  }

  /** Saves what is pending now (`manual` makes a named revision even when nothing changed). */
  async flush(reason: 'autosave' | 'manual' = 'autosave', current?: Notice): Promise<void> {
    window.clearTimeout(this.timer);
    if (current && reason === 'manual') this.latest = current;
    while (this.inFlight) await this.inFlight;
    // During a conflict only explicit flushes (leaving, hiding) save, and the library keeps those apart too.
    if (!this.latest) return;
    const notice = this.latest;
    this.latest = null;
    this.setState('saving');
    const run = this.api
      .saveNotice({ id: this.noticeId, notice, reason, baseRevisionId: this.revisionId, writerId: this.writerId })
      .then((result) => {
        this.clearBackup();
        if (result.conflict) {
          this.conflict = { mine: result.revisionId, current: result.conflict.currentRevisionId };
          this.setState('conflict');
          this.onConflict(this.conflict);
          return;
        }
        this.revisionId = result.revisionId;
        this.setState(this.latest ? 'pending' : 'saved');
        if (this.latest) this.restartTimer(AUTOSAVE_DELAY_MS);
      })
      .catch((error: unknown) => {
        // Keep the unsaved state (unless newer edits arrived) and retry later: nothing typed is dropped.
        this.latest ??= notice;
        this.setState('error');
        this.restartTimer(RETRY_MS);
        this.onError(error);
        throw error;
      })
      .finally(() => {
        this.inFlight = null;
      });
    this.inFlight = run.catch(() => undefined);
    await run;
  }

  /** Page hidden or unloading: keep a local copy synchronously, then try to save. */
  flushOnHide(): void {
    if (!this.latest) return;
    this.writeBackup(this.latest);
    void this.flush().catch(() => undefined);
  }

  dispose(): void {
    window.clearTimeout(this.timer);
    this.listeners.clear();
  }

  private restartTimer(ms: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.flush().catch(() => undefined), ms);
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  private writeBackup(notice: Notice): void {
    const backup: Backup = { baseRevisionId: this.revisionId, notice };
    try {
      window.localStorage.setItem(BACKUP_PREFIX + this.noticeId, JSON.stringify(backup));
    } catch {
      // Storage full or disabled: the network flush is still attempted.
    }
  }

  private clearBackup(): void {
    try {
      window.localStorage.removeItem(BACKUP_PREFIX + this.noticeId);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  }
}

/**
 * The unsaved copy left by a page that closed before its last save reached the server, if the server still
 * holds the revision that copy was based on; a stale copy is discarded. The copy stays stored until the caller has
 * taken it over (discardUnsavedCopy). The notice schemas that check it are loaded only when there is such a copy: an
 * ordinary start does not build them before its first frame; if they cannot be loaded, the copy is kept for the next
 * start.
 */
export async function readUnsavedCopy(noticeId: string, serverRevisionId: number): Promise<Notice | undefined> {
  let backup: Partial<Backup>;
  try {
    const raw = window.localStorage.getItem(BACKUP_PREFIX + noticeId);
    if (!raw) return undefined;
    backup = JSON.parse(raw) as Partial<Backup>;
  } catch {
    discardUnsavedCopy(noticeId);
    return undefined;
  }
  if (backup.baseRevisionId !== serverRevisionId) {
    discardUnsavedCopy(noticeId);
    return undefined;
  }
  try {
    const { StoredNoticeSchema } = await import('../../shared/notice/migrate');
    const parsed = StoredNoticeSchema.safeParse(backup.notice);
    if (parsed.success) return parsed.data;
  } catch {
    return undefined;
  }
  discardUnsavedCopy(noticeId);
  return undefined;
}

/** Forgets the unsaved copy of a notice (taken over by the editor, or not usable). */
export function discardUnsavedCopy(noticeId: string): void {
  try {
    window.localStorage.removeItem(BACKUP_PREFIX + noticeId);
  } catch {
    // Nothing to discard when storage is unavailable.
  }
}
