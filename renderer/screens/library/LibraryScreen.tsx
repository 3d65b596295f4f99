/**
 * The library: the latest notices, search as you type with filters, the trash, and the ways to start a notice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Agency, NoticeStatus, NoticeSummary, SearchResult } from '../../../shared/api';
import { useApi } from '../../app/api-context';
// Directly, not through the editor's index: the library screen must not pull the editor in.
import { DateInput } from '../../editor/ui/DateInput';
import { useFeedback } from '../../app/feedback';
import { displayDate, displayNumber, noticeTitle } from '../../app/format';
import { NOTICE_STATUS_LABELS } from '../../../shared/format/labels';
import { navigate } from '../../app/router';
import { NewFromPreviousDialog, NewFromTemplateDialog } from './NewNoticeDialogs';

interface Filters {
  query: string;
  from: string;
  to: string;
  status: '' | NoticeStatus;
  agencyId: string;
}

const EMPTY_FILTERS: Filters = { query: '', from: '', to: '', status: '', agencyId: '' };
const SEARCH_DELAY_MS = 200;

type Row = NoticeSummary & { snippet?: SearchResult['snippet'] };

export function LibraryScreen({ trash }: { trash: boolean }) {
  const api = useApi();
  const { showError, confirm, notify } = useFeedback();
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [total, setTotal] = useState(0);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [dialog, setDialog] = useState<'template' | 'previous' | null>(null);
  const requestSeq = useRef(0);

  const searching = !trash && (filters.query.trim() !== '' || filters.from !== '' || filters.to !== '' || filters.agencyId !== '');

  const load = useCallback(async () => {
    const seq = ++requestSeq.current;
    try {
      const status = filters.status || undefined;
      if (searching) {
        const { results } = await api.searchNotices({
          query: filters.query.trim(),
          ...(filters.from ? { from: filters.from } : {}),
          ...(filters.to ? { to: filters.to } : {}),
          ...(status ? { status } : {}),
          ...(filters.agencyId ? { agencyId: filters.agencyId } : {}),
        });
        if (seq !== requestSeq.current) return;
        setRows(results);
        setTotal(results.length);
      } else {
        const result = await api.listNotices({ trashed: trash, ...(status && !trash ? { status } : {}) });
        if (seq !== requestSeq.current) return;
        setRows(result.notices);
        setTotal(result.total);
      }
    } catch (error) {
      if (seq === requestSeq.current) showError(error);
    }
  }, [api, filters, searching, trash, showError]);

  // Search as you type: a short pause after the last keystroke, stale answers ignored (requestSeq).
  useEffect(() => {
    const timer = window.setTimeout(() => void load(), filters.query ? SEARCH_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
  }, [load, filters.query]);

  useEffect(() => {
    api.listAgencies({}).then(({ agencies: list }) => setAgencies(list), showError);
  }, [api, showError]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));

  const act = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notify(done, 'success');
      await load();
    } catch (error) {
      showError(error);
    }
  };

  const duplicate = (row: Row) =>
    act(async () => {
      const record = await api.duplicateNotice({ id: row.id });
      navigate({ screen: 'editor', noticeId: record.id });
    });

  const moveToTrash = async (row: Row) => {
    // An issued notice is a signed record: taking it out of the library is asked first (a draft goes straight away).
    if (row.status === 'issued') {
      const ok = await confirm({
        title: 'Xóa thông báo đã ban hành?',
        message: `Thông báo “${noticeTitle(row)}” đã ban hành. Thông báo sẽ được chuyển vào thùng rác và có thể khôi phục từ đó.`,
        confirmLabel: 'Chuyển vào thùng rác',
        danger: true,
      });
      if (!ok) return;
    }
    await act(() => api.trashNotice({ id: row.id }), `Đã chuyển “${noticeTitle(row)}” vào thùng rác.`);
  };
  const restore = (row: Row) => act(() => api.restoreFromTrash({ id: row.id }), `Đã khôi phục “${noticeTitle(row)}”.`);
  const deleteForever = async (row: Row) => {
    const ok = await confirm({
      title: 'Xóa vĩnh viễn?',
      message: `Thông báo “${noticeTitle(row)}” và toàn bộ lịch sử của nó sẽ bị xóa hẳn, không khôi phục được.`,
      confirmLabel: 'Xóa vĩnh viễn',
      danger: true,
    });
    if (ok) await act(() => api.deleteForever({ id: row.id }), 'Đã xóa vĩnh viễn.');
  };

  return (
    <main className="screen library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">{trash ? 'Thùng rác' : 'Thư viện thông báo'}</h1>
        {!trash && (
          <div className="library-actions">
            <button type="button" className="button-primary" onClick={() => setDialog('template')}>
              Thông báo mới
            </button>
            <button type="button" onClick={() => setDialog('previous')}>
              Tạo từ thông báo trước
            </button>
            <button type="button" onClick={() => navigate({ screen: 'import' })}>
              Nhập thông báo cũ
            </button>
          </div>
        )}
      </div>

      <nav className="library-tabs" aria-label="Chế độ xem thư viện">
        <a href="#/" aria-current={!trash ? 'page' : undefined}>
          Thông báo
        </a>
        <a href="#/thung-rac" aria-current={trash ? 'page' : undefined}>
          Thùng rác
        </a>
      </nav>

      {!trash && (
        <form className="filters" role="search" aria-label="Tìm thông báo" onSubmit={(event) => event.preventDefault()}>
          <label className="filter-query">
            <span>Tìm kiếm</span>
            <input
              type="search"
              value={filters.query}
              placeholder="Gõ từ cần tìm, có dấu hoặc không dấu"
              onChange={(event) => setFilter('query', event.target.value)}
            />
          </label>
          <label>
            <span>Từ ngày</span>
            <DateInput optional value={filters.from} onChange={(date) => setFilter('from', date)} />
          </label>
          <label>
            <span>Đến ngày</span>
            <DateInput optional value={filters.to} onChange={(date) => setFilter('to', date)} />
          </label>
          <label>
            <span>Trạng thái</span>
            <select value={filters.status} onChange={(event) => setFilter('status', event.target.value as Filters['status'])}>
              <option value="">Tất cả</option>
              <option value="draft">{NOTICE_STATUS_LABELS.draft}</option>
              <option value="issued">{NOTICE_STATUS_LABELS.issued}</option>
            </select>
          </label>
          <label>
            <span>Cơ quan</span>
            <select value={filters.agencyId} onChange={(event) => setFilter('agencyId', event.target.value)}>
              <option value="">Tất cả</option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          </label>
          {(searching || filters.status) && (
            <button type="button" className="button-link" onClick={() => setFilters(EMPTY_FILTERS)}>
              Xóa bộ lọc
            </button>
          )}
        </form>
      )}

      <p className="library-count" role="status">
        {rows === null ? 'Đang tải…' : searching ? `Tìm thấy ${total} thông báo` : `${total} thông báo`}
      </p>

      {rows !== null && rows.length === 0 && (
        <p className="empty">
          {trash ? 'Thùng rác trống.' : searching ? 'Không có thông báo nào khớp.' : 'Chưa có thông báo nào. Bấm “Thông báo mới” để bắt đầu.'}
        </p>
      )}

      {rows !== null && rows.length > 0 && (
        <table className="notice-table">
          <thead>
            <tr>
              <th scope="col">Trích yếu</th>
              <th scope="col">Ngày họp</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Số</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-notice-id={row.id}>
                <td className="cell-title">
                  {trash ? (
                    <span>{noticeTitle(row)}</span>
                  ) : (
                    <a href={`#/thong-bao/${encodeURIComponent(row.id)}`} className="notice-link">
                      {noticeTitle(row)}
                    </a>
                  )}
                  {row.toReviewCount > 0 && !trash && <span className="badge badge-review">{row.toReviewCount} mục cần rà soát</span>}
                  {row.snippet && row.snippet.length > 0 && (
                    <p className="snippet">
                      {row.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                    </p>
                  )}
                </td>
                <td>{displayDate(row.meetingDate)}</td>
                <td>
                  <span className={`badge badge-${row.status}`}>{NOTICE_STATUS_LABELS[row.status]}</span>
                </td>
                <td>{displayNumber(row)}</td>
                <td className="cell-actions">
                  {trash ? (
                    <>
                      <button type="button" onClick={() => void restore(row)}>
                        Khôi phục
                      </button>
                      <button type="button" className="button-danger" onClick={() => void deleteForever(row)}>
                        Xóa vĩnh viễn
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" onClick={() => navigate({ screen: 'editor', noticeId: row.id })} aria-label={`Mở ${noticeTitle(row)}`}>
                        Mở
                      </button>
                      <button type="button" onClick={() => void duplicate(row)} aria-label={`Nhân bản ${noticeTitle(row)}`}>
                        Nhân bản
                      </button>
                      <button type="button" onClick={() => void moveToTrash(row)} aria-label={`Xóa ${noticeTitle(row)}`}>
                        Xóa
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {dialog === 'template' && <NewFromTemplateDialog onClose={() => setDialog(null)} />}
      {dialog === 'previous' && <NewFromPreviousDialog onClose={() => setDialog(null)} />}
    </main>
  );
}
