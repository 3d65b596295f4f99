/**
 * The outgoing register ("Sổ đăng ký văn bản đi"): one series per document code and year, with what each number
 * was given to (date, trích yếu, signer, recipients); the number a year starts at; the register sheet of Decree 30
 * Appendix IV as a .docx.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { formatRegisterNumber, formatShortDate } from '../../../shared/format/vietnamese';
import type { RegisterSeries } from '../../../shared/register/schema';
import { signerText } from '../../../shared/register/register-sheet';
import { useApi } from '../../app/api-context';
import { DOCX_MIME, downloadBase64 } from '../../app/download';
import { useFeedback } from '../../app/feedback';
import { routeHash } from '../../app/router';

export function RegisterScreen() {
  const api = useApi();
  const { showError, notify } = useFeedback();
  const [codes, setCodes] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [register, setRegister] = useState<RegisterSeries | null>(null);
  const [start, setStart] = useState('');
  const startId = useId();

  // The codes of the issuer forms (the default first), then any other code already in the register.
  useEffect(() => {
    api.getSettings({}).then((settings) => {
      const byDefault = [...settings.issuerForms].sort((a, b) => Number(b.id === settings.defaultIssuerFormId) - Number(a.id === settings.defaultIssuerFormId));
      const formCodes = byDefault.map((form) => form.code.replace(/\s+/gu, '').toLocaleUpperCase('vi'));
      setCodes((current) => [...new Set([...formCodes, ...current])]);
      setCode((current) => current || formCodes[0] || '');
    }, showError);
  }, [api, showError]);

  const load = useCallback(
    (nextCode: string, nextYear: number) => {
      if (!nextCode || !Number.isInteger(nextYear) || nextYear < 2000 || nextYear > 2100) return;
      api.listRegister({ code: nextCode, year: nextYear }).then((series) => {
        setRegister(series);
        setStart(String(series.nextNumber));
        setCodes((current) => [...new Set([...current, ...series.series.map((s) => s.code)])]);
      }, showError);
    },
    [api, showError],
  );

  useEffect(() => load(code, year), [load, code, year]);

  const saveStart = async () => {
    const startNumber = Number(start);
    if (!Number.isInteger(startNumber) || startNumber < 1) {
      showError(new Error('Số bắt đầu phải là một số nguyên từ 1 trở lên.'));
      return;
    }
    try {
      const series = await api.setRegisterStart({ code, year, startNumber });
      setRegister(series);
      notify(`Sổ ${series.code} năm ${series.year} bắt đầu từ số ${formatRegisterNumber(startNumber, series.code)}.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  const exportSheet = async () => {
    try {
      const file = await api.exportRegisterDocx({ code, year });
      downloadBase64(file.fileName, file.base64, DOCX_MIME);
      notify(`Đã xuất sổ đăng ký ${file.fileName}.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <main className="screen register" aria-labelledby="register-title">
      <h1 id="register-title">Sổ đăng ký văn bản đi</h1>
      <div className="register-controls">
        <label>
          <span>Ký hiệu</span>
          <select value={code} onChange={(event) => setCode(event.target.value)}>
            {codes.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Năm</span>
          <input type="number" min={2000} max={2100} value={year} onChange={(event) => setYear(Number(event.target.value))} />
        </label>
        <button type="button" onClick={() => void exportSheet()} disabled={!register}>
          Xuất sổ (.docx)
        </button>
      </div>

      {register ? (
        <>
          <form
            className="register-start"
            onSubmit={(event) => {
              event.preventDefault();
              void saveStart();
            }}
          >
            <p role="status">
              Số tiếp theo: <strong>{formatRegisterNumber(register.nextNumber, register.code)}</strong>
              {register.startNumber === undefined
                ? ''
                : ` (năm ${register.year} bắt đầu từ số ${formatRegisterNumber(register.startNumber, register.code)})`}
            </p>
            <label htmlFor={startId}>Số bắt đầu của năm {register.year}</label>
            <input id={startId} type="number" min={1} max={99999} value={start} onChange={(event) => setStart(event.target.value)} />
            <button type="submit">Đặt số bắt đầu</button>
          </form>

          {register.entries.length === 0 ? (
            <p className="register-empty">
              Sổ {register.code} năm {register.year} chưa có văn bản nào.
            </p>
          ) : (
            <table className="register-table" aria-label={`Sổ ${register.code} năm ${register.year}`}>
              <thead>
                <tr>
                  <th scope="col">Số, ký hiệu</th>
                  <th scope="col">Ngày</th>
                  <th scope="col">Trích yếu</th>
                  <th scope="col">Người ký</th>
                  <th scope="col">Nơi nhận</th>
                </tr>
              </thead>
              <tbody>
                {register.entries.map((entry) => (
                  <tr key={entry.number}>
                    <td>
                      {entry.noticeId ? (
                        <a href={routeHash({ screen: 'editor', noticeId: entry.noticeId })}>{formatRegisterNumber(entry.number, register.code)}</a>
                      ) : (
                        formatRegisterNumber(entry.number, register.code)
                      )}
                    </td>
                    <td>{formatShortDate(entry.issueDate)}</td>
                    <td>{entry.summary}</td>
                    <td>{signerText(entry)}</td>
                    <td>
                      <ul className="register-recipients">
                        {entry.recipients.map((recipient, index) => (
                          <li key={index}>{recipient}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <p role="status">Đang tải…</p>
      )}
    </main>
  );
}
