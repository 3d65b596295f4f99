/**
 * Agency chips with a combobox: suggestions from the directory (matched without diacritics, on the name, the short
 * name and the aliases); a name not in the directory can be added (the shell may store it in the directory), but only
 * as an explicit choice: the "Thêm cơ quan mới" option is never highlighted by default, so Enter after typing picks a
 * directory agency or nothing, and a stray query never lands in the directory. The suggestions follow the notice's
 * date (shared/agencies/suggest.ts): its agencies first, then the successors of an ended one, then the rest, marked.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Agency } from '../../../shared/api';
import { suggestAgencies, type AgencySuggestion } from '../../../shared/agencies/suggest';
import type { AgencyRef, IsoDate } from '../../../shared/notice/schema';
import { foldVietnamese } from '../../../shared/text/fold';

const MAX_SUGGESTIONS = 8;

export interface AgencyChipsProps {
  label: string;
  /** Accessible name of the group, e.g. "Cơ quan chủ trì". */
  groupLabel: string;
  value: readonly AgencyRef[];
  agencies: readonly Agency[];
  /** The notice's date (issue date, else meeting date, else today): what the directory looked like then. */
  onDate: IsoDate;
  /** At most one agency (a scheme's responsible agency). */
  single?: boolean;
  readOnly?: boolean;
  onChange(next: AgencyRef[]): void;
  onAddAgency?(name: string): Promise<Agency | undefined>;
}


export function AgencyChips(props: AgencyChipsProps) {
  const { label, groupLabel, value, agencies, onDate, single, readOnly, onChange, onAddAgency } = props;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  /** The highlighted option; -1 when none is (nothing matches the directory and the user has not moved). */
  const [activeChoice, setActive] = useState(0);
  /** Whether the arrows have moved the highlight since the query last changed: the first ArrowDown keeps the first. */
  const [navigated, setNavigated] = useState(false);
  const listId = useId();
  /** Why Enter did nothing: no directory agency matches and adding a new one is an explicit choice. */
  const [hint, setHint] = useState('');

  const trimmed = query.trim().replace(/\s+/gu, ' ');
  const folded = foldVietnamese(trimmed);
  const suggestions = useMemo(
    () => suggestAgencies(agencies, trimmed, onDate, { exclude: new Set(value.map((a) => a.id ?? a.name)), max: MAX_SUGGESTIONS }),
    [agencies, onDate, trimmed, value],
  );
  // A query that names only agencies already chosen: say which chip it names, and offer no "Thêm cơ quan mới" — the
  // words typed are part of a chosen agency's name, and adding them would put a stray duplicate in the directory.
  const alreadyChosen = useMemo(() => {
    if (trimmed === '' || suggestions.length > 0) return [];
    const chosenIds = new Set(value.flatMap((agency) => (agency.id ? [agency.id] : [])));
    const named = suggestAgencies(agencies, trimmed, onDate, { max: MAX_SUGGESTIONS })
      .filter(({ agency }) => chosenIds.has(agency.id))
      .map(({ agency }) => agency.name);
    const unlisted = value.filter((agency) => !agency.id && foldVietnamese(agency.name).includes(folded)).map((agency) => agency.name);
    return [...named, ...unlisted];
  }, [agencies, onDate, trimmed, folded, value, suggestions.length]);
  const chosenNote =
    alreadyChosen.length > 0 ? `${alreadyChosen.map((name) => `“${name}”`).join(', ')} đã có trong danh sách ${groupLabel.toLocaleLowerCase('vi')}.` : '';
  const exact = suggestions.some(({ agency }) => foldVietnamese(agency.name) === folded);
  const options: ((AgencySuggestion & { kind: 'agency' }) | { kind: 'new'; name: string })[] = [
    ...suggestions.map((suggestion) => ({ kind: 'agency' as const, ...suggestion })),
    ...(trimmed !== '' && !exact && alreadyChosen.length === 0 ? [{ kind: 'new' as const, name: trimmed }] : []),
  ];

  // By default the first directory agency is highlighted, never the "new agency" option.
  const firstDefault = suggestions.length > 0 ? 0 : -1;
  const active = navigated ? Math.min(activeChoice, options.length - 1) : firstDefault;
  const resetHighlight = () => {
    setActive(0);
    setNavigated(false);
    setHint('');
  };

  const add = (ref: AgencyRef) => {
    onChange(single ? [ref] : [...value, ref]);
    setQuery('');
    setOpen(false);
    resetHighlight();
  };
  const choose = async (index: number) => {
    const option = options[index];
    if (option === undefined) return;
    if (option.kind === 'agency') {
      add({ id: option.agency.id, name: option.agency.name });
      return;
    }
    const created = onAddAgency ? await onAddAgency(option.name) : undefined;
    add(created ? { id: created.id, name: created.name } : { name: option.name });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      // The first ArrowDown lands on the option already highlighted (the first suggestion), not the one after it.
      setActive(!navigated && active >= 0 ? active : (active + 1) % options.length);
      setNavigated(true);
      setHint('');
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive(active <= 0 ? options.length - 1 : active - 1);
      setNavigated(true);
      setHint('');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && active >= 0) void choose(active);
      else if (chosenNote !== '') setHint(chosenNote);
      else if (trimmed !== '') setHint(`Không có cơ quan nào trong danh bạ khớp “${trimmed}”. Nhấn ↓ rồi Enter để thêm cơ quan mới.`);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const showInput = !readOnly && !(single && value.length > 0);
  return (
    <div className="nb-agencies" role="group" aria-label={groupLabel}>
      <span className="nb-meta-label">{label}:</span>
      {value.length === 0 && readOnly ? <span className="nb-meta-empty">—</span> : null}
      {value.map((agency, index) => (
        <span className={`nb-chip${agency.id ? '' : ' nb-chip-new'}`} key={`${agency.id ?? ''}:${agency.name}:${index}`}>
          {agency.name}
          {readOnly ? null : (
            <button
              type="button"
              className="nb-chip-remove"
              aria-label={`Bỏ ${agency.name}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {showInput ? (
        <span className="nb-combo">
          <input
            type="text"
            role="combobox"
            aria-label={`Thêm ${groupLabel.toLocaleLowerCase('vi')}`}
            aria-expanded={open && options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder="+ cơ quan"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              resetHighlight();
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setHint('');
            }}
            onFocus={() => setOpen(true)}
          />
          <span className="nb-combo-hint" role="status">
            {hint || (open ? chosenNote : '')}
          </span>
          <ul
            className="nb-suggestions"
            role="listbox"
            id={listId}
            aria-label={`Gợi ý ${groupLabel.toLocaleLowerCase('vi')}`}
            hidden={!(open && options.length > 0)}
          >
            {open &&
              options.map((option, index) => (
                <li
                  key={option.kind === 'agency' ? option.agency.id : `new:${option.name}`}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'nb-active' : undefined}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    void choose(index);
                  }}
                >
                  {option.kind === 'agency' ? (
                    <>
                      {option.agency.name}
                      {option.note ? <span className="nb-suggestion-note"> ({option.note})</span> : null}
                    </>
                  ) : (
                    `Thêm cơ quan mới: ${option.name}`
                  )}
                </li>
              ))}
          </ul>
        </span>
      ) : null}
    </div>
  );
}
