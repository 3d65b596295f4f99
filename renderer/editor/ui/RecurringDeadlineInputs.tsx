/**
 * The parts of a recurring deadline: its period (hằng tuần, hằng tháng …), then either the day of the period it is
 * due by ("trước ngày 15 hằng tháng") or how many periods apart ("định kỳ 02 tuần/lần"). The schema prints a day in
 * preference to an interval, so a day set disables the interval.
 */
import { useEffect, useId, useState } from 'react';
import type { Deadline } from '../../../shared/notice/schema';

type Recurring = Extract<Deadline, { kind: 'recurring' }>;
type Period = Recurring['every'];

const PERIODS: { value: Period; label: string }[] = [
  { value: 'week', label: 'hằng tuần' },
  { value: 'month', label: 'hằng tháng' },
  { value: 'quarter', label: 'hằng quý' },
  { value: 'year', label: 'hằng năm' },
];

/** A whole number typed in a text field: empty, or within [min, max]; anything else keeps the value and says why. */
function WholeNumberInput(props: {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  rangeMessage: string;
  readOnly?: boolean;
  disabled?: boolean;
  onChange(next: number | undefined): void;
}) {
  const { label, value, min, max, rangeMessage, readOnly, disabled, onChange } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState('');
  const errorId = useId();
  useEffect(() => {
    setText((typed) => (Number(typed) === value || (typed === '' && value === undefined) ? typed : value === undefined ? '' : String(value)));
  }, [value]);
  const onType = (typed: string) => {
    const digits = typed.replace(/\D/gu, '').slice(0, 2);
    setText(digits);
    if (digits === '') {
      setError('');
      if (value !== undefined) onChange(undefined);
      return;
    }
    const number = Number(digits);
    if (number < min || number > max) {
      setError(rangeMessage);
      return;
    }
    setError('');
    if (number !== value) onChange(number);
  };
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        className={`nb-recurring-number${error ? ' date-input-invalid' : ''}`}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        size={2}
        value={text}
        readOnly={readOnly}
        disabled={disabled}
        onChange={(event) => onType(event.target.value)}
      />
      {error ? (
        <span id={errorId} className="date-input-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

export function RecurringDeadlineInputs({ value, readOnly, onChange }: { value: Recurring; readOnly?: boolean; onChange(next: Recurring): void }) {
  const { every, interval, day } = value;
  const build = (next: { every: Period; interval?: number; day?: number }): Recurring => ({
    kind: 'recurring',
    every: next.every,
    ...(next.day !== undefined ? { day: next.day } : next.interval !== undefined && next.interval > 1 ? { interval: next.interval } : {}),
  });
  return (
    <>
      <select aria-label="Chu kỳ" value={every} disabled={readOnly} onChange={(event) => onChange(build({ every: event.target.value as Period, interval, day: event.target.value === 'week' ? undefined : day }))}>
        {PERIODS.map((period) => (
          <option key={period.value} value={period.value}>
            {period.label}
          </option>
        ))}
      </select>
      <span className="nb-meta-label">trước ngày</span>
      <WholeNumberInput
        label="Hạn trong kỳ: trước ngày"
        value={day}
        min={1}
        max={31}
        rangeMessage="Ngày trong kỳ phải từ 1 đến 31."
        readOnly={readOnly}
        disabled={every === 'week'}
        onChange={(next) => onChange(build({ every, interval, day: next }))}
      />
      <WholeNumberInput
        label="Số kỳ một lần"
        value={interval ?? (day === undefined ? 1 : undefined)}
        min={1}
        max={12}
        rangeMessage="Số kỳ một lần phải từ 1 đến 12."
        readOnly={readOnly}
        disabled={day !== undefined}
        onChange={(next) => onChange(build({ every, interval: next }))}
      />
      <span className="nb-meta-label">kỳ/lần</span>
    </>
  );
}
