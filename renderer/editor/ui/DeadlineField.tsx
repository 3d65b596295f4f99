/**
 * A deadline: none, a day (dd/mm/yyyy), a whole month (mm/yyyy) or a recurring one (hằng tuần, trước ngày 15 hằng
 * tháng …), with the phrase the notice prints.
 */
import { useId } from 'react';
import { formatDeadline } from '../../../shared/format/deadline';
import type { Deadline } from '../../../shared/notice/schema';
import { DateInput } from './DateInput';
import { RecurringDeadlineInputs } from './RecurringDeadlineInputs';

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
          else if (next === 'recurring') onChange({ kind: 'recurring', every: 'month' });
          else onChange(null);
        }}
      >
        <option value="">Không</option>
        <option value="by-date">Trước ngày</option>
        <option value="within-month">Trong tháng</option>
        <option value="recurring">Định kỳ</option>
      </select>
      {value?.kind === 'by-date' ? (
        <DateInput
          label="Ngày hết hạn"
          value={value.date}
          readOnly={readOnly}
          onChange={(date) => onChange({ kind: 'by-date', date })}
        />
      ) : null}
      {value?.kind === 'within-month' ? (
        <DateInput
          kind="month"
          label="Tháng hết hạn"
          value={`${value.year}-${String(value.month).padStart(2, '0')}`}
          readOnly={readOnly}
          onChange={(month) => {
            const [year, number] = month.split('-').map(Number);
            if (year && number) onChange({ kind: 'within-month', year, month: number });
          }}
        />
      ) : null}
      {value?.kind === 'recurring' ? <RecurringDeadlineInputs value={value} readOnly={readOnly} onChange={onChange} /> : null}
      {value ? <span className="nb-deadline-text">({formatDeadline(value)})</span> : null}
    </div>
  );
}
