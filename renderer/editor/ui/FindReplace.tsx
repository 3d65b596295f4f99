/**
 * The find and replace bar (Ctrl+F, Ctrl+H) over the whole notice: the body and the page fields. The matches are
 * painted with the CSS Custom Highlight API (no DOM change inside Lexical's root, so nothing re-renders or re-reads
 * the selection); a match in a page field outlines that field. Keyboard: Enter / F3 next, Shift+Enter / Shift+F3
 * previous, Enter in "Thay bằng" replaces, Ctrl+Enter there replaces all, Esc closes and puts the caret back (on the
 * current match, or where it was).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  HISTORY_PUSH_TAG,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import {
  $collectSegments,
  $replaceMatches,
  bodyPoint,
  FIND_REPLACE_TAG,
  matchesIn,
  type FindMatch,
  type Segment,
} from '../commands/find-replace';

const ALL_HIGHLIGHT = 'nb-find';
const CURRENT_HIGHLIGHT = 'nb-find-current';
const FIELD_HIT_CLASS = 'nb-find-field';

interface Found {
  segments: Segment[];
  matches: FindMatch[];
}

/** Where the search starts: the caret's place in the notice (segment index and offset), if it is in it. */
interface Position {
  segment: number;
  offset: number;
}

function pageOf(editor: LexicalEditor): HTMLElement | null {
  return editor.getRootElement()?.closest<HTMLElement>('.nb-page') ?? null;
}

function fieldElement(editor: LexicalEditor, label: string): HTMLInputElement | HTMLTextAreaElement | null {
  return pageOf(editor)?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${CSS.escape(label)}"]`) ?? null;
}

function firstTextNode(element: Node | null): Text | null {
  let node = element;
  while (node !== null && !(node instanceof Text)) node = node.firstChild;
  return node;
}

/** The DOM range of a body match (null when the text is not drawn yet). */
function domRange(editor: LexicalEditor, segment: Extract<Segment, { kind: 'body' }>, match: FindMatch): Range | null {
  const start = bodyPoint(segment, match.start);
  const end = bodyPoint(segment, match.end);
  const startText = firstTextNode(editor.getElementByKey(start.key));
  const endText = firstTextNode(editor.getElementByKey(end.key));
  if (startText === null || endText === null) return null;
  const range = document.createRange();
  range.setStart(startText, Math.min(start.offset, startText.length));
  range.setEnd(endText, Math.min(end.offset, endText.length));
  return range;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function clearPaint(editor: LexicalEditor): void {
  if (highlightsSupported()) {
    CSS.highlights.delete(ALL_HIGHLIGHT);
    CSS.highlights.delete(CURRENT_HIGHLIGHT);
  }
  pageOf(editor)
    ?.querySelectorAll(`.${FIELD_HIT_CLASS}`)
    .forEach((element) => element.classList.remove(FIELD_HIT_CLASS));
}

/** Paints every match, the current one apart, and brings the current one into view. */
function paint(editor: LexicalEditor, found: Found, current: number, scroll: boolean): void {
  clearPaint(editor);
  const all: Range[] = [];
  let currentRange: Range | null = null;
  found.matches.forEach((match, index) => {
    const segment = found.segments[match.segment];
    if (segment?.kind !== 'body') return;
    const range = domRange(editor, segment, match);
    if (range === null) return;
    if (index === current) currentRange = range;
    else all.push(range);
  });
  if (highlightsSupported()) {
    CSS.highlights.set(ALL_HIGHLIGHT, new Highlight(...all));
    if (currentRange !== null) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(currentRange));
  }
  const match = found.matches[current];
  const segment = match === undefined ? undefined : found.segments[match.segment];
  if (segment?.kind === 'field') {
    const element = fieldElement(editor, segment.label);
    element?.classList.add(FIELD_HIT_CLASS);
    if (scroll) element?.scrollIntoView({ block: 'center' });
  } else if (scroll && currentRange !== null) {
    const holder = (currentRange as Range).startContainer.parentElement;
    holder?.scrollIntoView({ block: 'center' });
  }
}

/** The caret's position among the segments: in the body (Lexical's selection) or in a page field. */
function caretPosition(editor: LexicalEditor, segments: readonly Segment[], focused: Element | null): Position | null {
  const label = focused?.getAttribute('aria-label');
  if ((focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) && label) {
    const segment = segments.findIndex((s) => s.kind === 'field' && s.label === label);
    if (segment >= 0) return { segment, offset: focused.selectionStart ?? 0 };
  }
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const point = selection.isBackward() ? selection.focus : selection.anchor;
    const node = point.getNode();
    if (!$isTextNode(node)) return null;
    const parentKey = node.getParent()?.getKey();
    const segment = segments.findIndex((s) => s.kind === 'body' && s.id === parentKey);
    if (segment < 0) return null;
    const entry = segments[segment];
    if (entry?.kind !== 'body') return null;
    let offset = 0;
    for (const piece of entry.nodes) {
      if (piece.key === node.getKey()) break;
      offset += piece.size;
    }
    return { segment, offset: offset + point.offset };
  });
}

/** The first match at or after a position (wrapping to the first match). */
function matchFrom(matches: readonly FindMatch[], position: Position | null): number {
  if (matches.length === 0) return -1;
  if (position === null) return 0;
  const index = matches.findIndex((m) => m.segment > position.segment || (m.segment === position.segment && m.start >= position.offset));
  return index < 0 ? 0 : index;
}

/** Text selected in one line of the body or in a field, to search for when the bar opens. */
function selectedText(editor: LexicalEditor, focused: Element | null): string {
  if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
    return focused.value.slice(focused.selectionStart ?? 0, focused.selectionEnd ?? 0);
  }
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
  });
}

function isOpenKey(event: KeyboardEvent): 'find' | 'replace' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  return key === 'f' ? 'find' : key === 'h' ? 'replace' : null;
}

export function FindReplace({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [showReplace, setShowReplace] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [found, setFound] = useState<Found>({ segments: [], matches: [] });
  const [current, setCurrent] = useState(-1);
  const [notice, setNotice] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  /** Where the focus was when the bar opened: Esc returns there when no match is current. */
  const returnTo = useRef<Element | null>(null);
  /** The position to search from when the query changes (the caret's when the bar opened). */
  const startAt = useRef<Position | null>(null);
  /** Set by next/previous/replace so the current match is scrolled into view (not on every edit). */
  const scrollNext = useRef(false);
  const queryRef = useRef(query);
  queryRef.current = query;
  const baseId = useId();

  const search = useCallback(
    (text: string): Found => {
      const segments = editor.getEditorState().read($collectSegments);
      return { segments, matches: matchesIn(segments, text) };
    },
    [editor],
  );

  // Opening: Ctrl+F / Ctrl+H anywhere on the editor's page (the browser's own find bar would not see the fields'
  // values nor replace anything), except in a dialog over it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mode = isOpenKey(event);
      if (mode === null) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      event.preventDefault();
      const focused = document.activeElement;
      const insideBar = focused instanceof Element && focused.closest('.nb-find-bar') !== null;
      let text = queryRef.current;
      if (!insideBar) {
        returnTo.current = focused;
        const selected = selectedText(editor, focused);
        if (selected !== '' && !selected.includes('\n') && selected.length <= 200) text = selected;
        const next = search(text);
        startAt.current = caretPosition(editor, next.segments, focused);
        setQuery(text);
        setFound(next);
        setCurrent(matchFrom(next.matches, startAt.current));
        scrollNext.current = true;
      }
      setOpen(true);
      setShowReplace((shown) => shown || (mode === 'replace' && !readOnly));
      // As in Word, Ctrl+H asks first what to find; only with something to find already does it go to "Thay bằng".
      const toReplace = mode === 'replace' && !readOnly && text !== '';
      // The input exists after the render that opens the bar.
      requestAnimationFrame(() => {
        const input = toReplace ? replaceRef.current : findRef.current;
        input?.focus();
        input?.select();
      });
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [editor, readOnly, search]);

  // While open: every edit (typed, undone, replaced) finds again; the current match keeps its place in the list.
  useEffect(() => {
    if (!open) return;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const next = search(queryRef.current);
      setFound(next);
      setCurrent((index) => (next.matches.length === 0 ? -1 : Math.min(Math.max(index, 0), next.matches.length - 1)));
    });
  }, [editor, open, search]);

  // Painting follows the state; the highlights go when the bar closes.
  useEffect(() => {
    if (!open) return;
    paint(editor, found, current, scrollNext.current);
    scrollNext.current = false;
  }, [editor, open, found, current]);
  useEffect(() => () => clearPaint(editor), [editor]);

  useEffect(() => {
    if (!open) setNotice('');
  }, [open]);

  const onQuery = (text: string) => {
    setQuery(text);
    const next = search(text);
    setFound(next);
    setCurrent(matchFrom(next.matches, startAt.current));
    setNotice('');
    scrollNext.current = true;
  };

  const step = useCallback(
    (direction: 1 | -1) => {
      const count = found.matches.length;
      if (count === 0) return;
      scrollNext.current = true;
      setNotice('');
      setCurrent((index) => (index < 0 ? 0 : (index + direction + count) % count));
    },
    [found.matches.length],
  );

  const replaceCurrent = () => {
    const target = found.matches[current];
    const segment = target === undefined ? undefined : found.segments[target.segment];
    if (readOnly || target === undefined || segment === undefined) return;
    editor.update(
      () => {
        const segments = $collectSegments();
        const fresh = matchesIn(segments, query).find((m) => segments[m.segment]?.id === segment.id && m.start === target.start);
        if (fresh) $replaceMatches(segments, [fresh], replacement);
      },
      { discrete: true, tag: [HISTORY_PUSH_TAG, FIND_REPLACE_TAG, SKIP_DOM_SELECTION_TAG] },
    );
    // Continue after the replacing text (which may itself contain the query).
    const next = search(query);
    const segmentIndex = next.segments.findIndex((s) => s.id === segment.id);
    const position = segmentIndex < 0 ? { segment: target.segment, offset: 0 } : { segment: segmentIndex, offset: target.start + replacement.length };
    setFound(next);
    setCurrent(matchFrom(next.matches, position));
    scrollNext.current = true;
    setNotice('Đã thay 1 chỗ.');
  };

  const replaceEvery = () => {
    if (readOnly || found.matches.length === 0) return;
    let count = 0;
    editor.update(
      () => {
        const segments = $collectSegments();
        const matches = matchesIn(segments, query);
        count = matches.length;
        $replaceMatches(segments, matches, replacement);
      },
      { discrete: true, tag: [HISTORY_PUSH_TAG, FIND_REPLACE_TAG, SKIP_DOM_SELECTION_TAG] },
    );
    const next = search(query);
    setFound(next);
    setCurrent(matchFrom(next.matches, null));
    setNotice(`Đã thay ${count} chỗ (Ctrl+Z để hoàn tác).`);
  };

  /** Closes the bar; the caret goes to the current match, else back where it was. */
  const close = () => {
    const target = found.matches[current];
    const segment = target === undefined ? undefined : found.segments[target.segment];
    setOpen(false);
    clearPaint(editor);
    if (target !== undefined && segment?.kind === 'body') {
      editor.update(() => {
        const selection = $createRangeSelection();
        const start = bodyPoint(segment, target.start);
        const end = bodyPoint(segment, target.end);
        selection.anchor.set(start.key, start.offset, 'text');
        selection.focus.set(end.key, end.offset, 'text');
        $setSelection(selection);
      });
      editor.focus();
      return;
    }
    if (target !== undefined && segment?.kind === 'field') {
      const element = fieldElement(editor, segment.label);
      if (element) {
        element.focus();
        element.setSelectionRange(target.start, target.end);
        return;
      }
    }
    const back = returnTo.current;
    if (back instanceof HTMLElement && back.isConnected && !editor.getRootElement()?.contains(back)) back.focus();
    else editor.focus();
  };

  const onBarKey = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'F3') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  const onFindKey = (event: ReactKeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };

  const onReplaceKey = (event: ReactKeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) replaceEvery();
    else replaceCurrent();
  };

  if (!open) return null;

  const total = found.matches.length;
  const here = found.matches[current];
  const hereSegment = here === undefined ? undefined : found.segments[here.segment];
  const status =
    query.trim() === ''
      ? ''
      : total === 0
        ? 'Không tìm thấy.'
        : `${current + 1}/${total}${hereSegment?.kind === 'field' ? ` — trong ô “${hereSegment.label}”` : ''}`;

  return (
    <div className="nb-find-bar" role="search" aria-label="Tìm và thay thế" onKeyDown={onBarKey}>
      <label className="nb-find-field-label">
        <span>Tìm</span>
        <input
          ref={findRef}
          type="text"
          aria-label="Tìm trong thông báo"
          title="Không phân biệt hoa thường và dấu. Enter: kết quả sau, Shift+Enter: kết quả trước, Esc: đóng"
          value={query}
          aria-describedby={`${baseId}-status`}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onFindKey}
        />
      </label>
      <span id={`${baseId}-status`} className="nb-find-status" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={total === 0} title="Kết quả trước (Shift+Enter, Shift+F3)">
        ↑ Trước
      </button>
      <button type="button" onClick={() => step(1)} disabled={total === 0} title="Kết quả sau (Enter, F3)">
        ↓ Sau
      </button>
      {showReplace && !readOnly ? (
        <>
          <label className="nb-find-field-label">
            <span>Thay bằng</span>
            <input
              ref={replaceRef}
              type="text"
              aria-label="Thay bằng"
              title="Enter: thay chỗ đang chọn, Ctrl+Enter: thay tất cả"
              value={replacement}
              onChange={(event) => setReplacement(event.target.value)}
              onKeyDown={onReplaceKey}
            />
          </label>
          <button type="button" onClick={replaceCurrent} disabled={here === undefined} title="Thay chỗ đang chọn (Enter trong ô Thay bằng)">
            Thay
          </button>
          <button type="button" onClick={replaceEvery} disabled={total === 0} title="Thay tất cả (Ctrl+Enter trong ô Thay bằng)">
            Thay tất cả
          </button>
        </>
      ) : readOnly ? null : (
        <button
          type="button"
          onClick={() => {
            setShowReplace(true);
            requestAnimationFrame(() => replaceRef.current?.focus());
          }}
          title="Thay thế (Ctrl+H)"
        >
          Thay thế…
        </button>
      )}
      <span className="nb-find-notice" role="status" aria-live="polite">
        {notice}
      </span>
      <button type="button" className="nb-find-close" onClick={close} aria-label="Đóng tìm kiếm (Esc)" title="Đóng (Esc)">
        ×
      </button>
    </div>
  );
}
