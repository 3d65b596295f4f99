/**
 * A date typed as dd/mm/yyyy (or a month as mm/yyyy) whatever the browser's language. A plain text field: the
 * browser's date input follows the browser's locale (mm/dd/yyyy in an English browser) and reset itself on each
 * keystroke of a controlled value. What is typed stays as typed until it is a whole date; a whole date that does
 * not exist or has a year out of range is refused with a message, and the stored value is left as it was.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatTypedDate, maskTypedDate, parseTypedDate, type TypedDateKind } from '../../../shared/format/dates';

export interface DateInputProps {
  /** ISO `YYYY-MM-DD` (day) or `YYYY-MM` (month); '' for none. */
  value: string;
  onChange(iso: string): void;
  kind?: TypedDateKind;
  /** The accessible name, when no <label> wraps the field. */
  label?: string;
  /** May the field be emptied (onChange(''))? */
  optional?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
  className?: string;
}

export function DateInput({ value, onChange, kind = 'day', label, optional = false, readOnly, disabled, className }: DateInputProps) {
  const [text, setText] = useState(() => formatTypedDate(value, kind));
  const [error, setError] = useState('');
  const errorId = useId();
  /** The value this field last reported: a prop equal to it must not rewrite what is being typed. */
  const reported = useRef(value);

  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(formatTypedDate(value, kind));
    setError('');
  }, [value, kind]);

  const report = (iso: string) => {
    reported.current = iso;
    if (iso !== value) onChange(iso);
  };

  const onType = (typed: string) => {
    const masked = maskTypedDate(typed, kind);
    setText(masked);
    if (masked === '') {
      setError(optional ? '' : 'Chưa nhập ngày.');
      if (optional) report('');
      return;
    }
    const result = parseTypedDate(masked, kind);
    if ('iso' in result) {
      setError('');
      report(result.iso);
    } else if ('error' in result) setError(result.error);
    else setError('');
  };

  const onBlur = () => {
    if (text === '' || error !== '') return;
    if ('incomplete' in parseTypedDate(text, kind)) {
      setError(kind === 'day' ? 'Ngày chưa đủ: nhập theo dạng ngày/tháng/năm, ví dụ 15/12/2026.' : 'Tháng chưa đủ: nhập theo dạng tháng/năm, ví dụ 12/2026.');
    }
  };

  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        className={`date-input${error ? ' date-input-invalid' : ''}${className ? ` ${className}` : ''}`}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={kind === 'day' ? 'dd/mm/yyyy' : 'mm/yyyy'}
        size={kind === 'day' ? 10 : 7}
        value={text}
        readOnly={readOnly}
        disabled={disabled}
        onChange={(event) => onType(event.target.value)}
        onBlur={onBlur}
      />
      {error ? (
        <span id={errorId} className="date-input-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
