/** A deadline: none, a day (date picker) or a whole month (month picker), with the phrase the notice prints. */
import { useId } from 'react';
import { formatDeadline } from '../../../shared/format/deadline';
import { isValidIsoDate } from '../../../shared/format/dates';
import type { Deadline } from '../../../shared/notice/schema';

function today(): { iso: string; year: number; month: number } {
  const now = new Date();
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return { iso, year, month };
}

export function DeadlineField(props: { value: Deadline | null; readOnly?: boolean; onChange(next: Deadline | null): void }) {
  const { value, readOnly, onChange } = props;
  const id = useId();
  const kind = value?.kind ?? '';
  return (
    <div className="nb-deadline" role="group" aria-label="Thời hạn">
      <label className="nb-meta-label" htmlFor={`${id}-kind`}>
        Thời hạn:
      </label>
      <select
        id={`${id}-kind`}
        value={kind}
        disabled={readOnly}
        onChange={(event) => {
          const next = event.target.value;
          const now = today();
          if (next === 'by-date') onChange({ kind: 'by-date', date: now.iso });
          else if (next === 'within-month') onChange({ kind: 'within-month', year: now.year, month: now.month });
          else onChange(null);
        }}
      >
        <option value="">Không</option>
        <option value="by-date">Trước ngày</option>
        <option value="within-month">Trong tháng</option>
      </select>
      {value?.kind === 'by-date' ? (
        <input
          type="date"
          aria-label="Ngày hết hạn"
          value={value.date}
          readOnly={readOnly}
          onChange={(event) => {
            if (isValidIsoDate(event.target.value)) onChange({ kind: 'by-date', date: event.target.value });
          }}
        />
      ) : null}
      {value?.kind === 'within-month' ? (
        <input
          type="month"
          aria-label="Tháng hết hạn"
          value={`${value.year}-${String(value.month).padStart(2, '0')}`}
          readOnly={readOnly}
          onChange={(event) => {
            const match = /^(\d{4})-(\d{2})$/u.exec(event.target.value);
            if (match) onChange({ kind: 'within-month', year: Number(match[1]), month: Number(match[2]) });
          }}
        />
      ) : null}
      {value ? <span className="nb-deadline-text">({formatDeadline(value)})</span> : null}
    </div>
  );
}
