/**
 * The agency directory: the names the editor's agency chips autocomplete from, with each agency's history (when it
 * started, when it ended and what succeeded it). Agencies can be added, edited, marked ended, merged and deleted.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Agency } from '../../../shared/api';
import { existsOn, formatChangeDate, predecessorsOf } from '../../../shared/agencies/history';
import { localTodayIso } from '../../../shared/format/dates';
import { foldVietnamese } from '../../../shared/text/fold';
import { useApi } from '../../app/api-context';
import { DateInput } from '../../editor/ui/DateInput';
import { useFeedback } from '../../app/feedback';

const KIND_LABELS: Record<Agency['kind'], string> = {
  department: 'Sở, ban, ngành',
  'central-branch': 'Cơ quan Trung ương đóng trên địa bàn',
  district: 'UBND huyện, xã, phường',
  'provincial-body': 'Cơ quan cấp tỉnh',
  other: 'Khác',
};

const END_LABELS: Record<NonNullable<Agency['endKind']>, string> = {
  merged: 'Hợp nhất vào',
  renamed: 'Đổi tên thành',
  split: 'Chia, chuyển chức năng cho',
  dissolved: 'Kết thúc hoạt động, chuyển cho',
};

type Draft = Omit<Agency, 'id'> & { id?: string };

const EMPTY: Draft = { name: '', shortName: '', aliases: [], kind: 'department', successors: [] };

/** "Hoạt động từ 01/7/2025", "Đã kết thúc từ 01/3/2025: hợp nhất vào Sở Tài chính". */
function HistoryCell({ agency, directory }: { agency: Agency; directory: Agency[] }) {
  const names = new Map(directory.map((a) => [a.id, a.name]));
  const predecessors = predecessorsOf(agency.id, directory);
  return (
    <div className="agency-history">
      {agency.validFrom && <div>Hoạt động từ {formatChangeDate(agency.validFrom)}</div>}
      {agency.validUntil && (
        <div className="agency-ended">
          Đã kết thúc từ {formatChangeDate(agency.validUntil)}
          {agency.successors.length > 0 && (
            <>
              {': '}
              {(agency.endKind ? END_LABELS[agency.endKind] : END_LABELS.merged).toLocaleLowerCase('vi')}{' '}
              {agency.successors
                .map((s) => `${names.get(s.id) ?? s.id}${s.part ? ` (${s.part})` : ''}`)
                .join('; ')}
            </>
          )}
        </div>
      )}
      {predecessors.length > 0 && <div>Tiếp nhận từ: {predecessors.map((a) => a.name).join('; ')}</div>}
      {agency.source && <div className="agency-source">Căn cứ: {agency.source}</div>}
    </div>
  );
}

export function AgencyDirectory() {
  const api = useApi();
  const { showError, notify, confirm } = useFeedback();
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [merging, setMerging] = useState<{ agency: Agency; intoId: string } | null>(null);
  const [filter, setFilter] = useState('');
  const [showAll, setShowAll] = useState(false);
  const today = useMemo(localTodayIso, []);

  const reload = () => api.listAgencies({}).then(({ agencies: list }) => setAgencies(list), showError);
  useEffect(() => {
    api.listAgencies({}).then(({ agencies: list }) => setAgencies(list), showError);
  }, [api, showError]);

  const save = async () => {
    if (!draft) return;
    try {
      const payload = {
        ...draft,
        aliases: draft.aliases.map((alias) => alias.trim()).filter(Boolean),
        successors: draft.successors.filter((s) => s.id).map((s) => (s.part?.trim() ? { id: s.id, part: s.part.trim() } : { id: s.id })),
      };
      const saved = payload.id ? await api.updateAgency({ ...payload, id: payload.id }) : await api.addAgency(payload);
      setDraft(null);
      await reload();
      notify(`Đã lưu “${saved.name}”.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  const remove = async (agency: Agency) => {
    const ok = await confirm({
      title: 'Xóa cơ quan',
      message: `Xóa “${agency.name}” khỏi danh bạ? Các thông báo đã nêu cơ quan này vẫn giữ nguyên tên như đã viết.`,
      confirmLabel: 'Xóa cơ quan',
      danger: true,
    });
    if (!ok) return;
    try {
      await api.deleteAgency({ id: agency.id });
      await reload();
      notify(`Đã xóa “${agency.name}”.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  const merge = async () => {
    if (!merging?.intoId) return;
    try {
      const into = await api.mergeAgency({ id: merging.agency.id, intoId: merging.intoId });
      setMerging(null);
      await reload();
      notify(`Đã hợp nhất “${merging.agency.name}” vào “${into.name}”.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  // With or without diacritics, as the secretaries type.
  const needle = foldVietnamese(filter.trim());
  const shown = (agencies ?? []).filter(
    (agency) =>
      (showAll || existsOn(agency, today)) &&
      (!needle || foldVietnamese(`${agency.name} ${agency.shortName} ${agency.aliases.join(' ')}`).includes(needle)),
  );
  const others = (id: string | undefined) => (agencies ?? []).filter((a) => a.id !== id);

  return (
    <section className="settings-section" aria-labelledby="agencies-title">
      <h2 id="agencies-title">Danh bạ cơ quan</h2>
      <div className="agency-tools">
        <label>
          <span>Lọc</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
        <label>
          <span>Hiển thị</span>
          <select value={showAll ? 'all' : 'current'} onChange={(event) => setShowAll(event.target.value === 'all')}>
            <option value="current">Đang hoạt động</option>
            <option value="all">Tất cả (cả cơ quan đã kết thúc)</option>
          </select>
        </label>
        <button type="button" onClick={() => setDraft({ ...EMPTY })}>
          Thêm cơ quan
        </button>
      </div>

      {merging && (
        <form
          className="card agency-form"
          aria-label="Hợp nhất cơ quan"
          onSubmit={(event) => {
            event.preventDefault();
            void merge();
          }}
        >
          <p>
            Hợp nhất “{merging.agency.name}” vào một cơ quan khác: các tên của nó trở thành tên gọi khác của cơ quan kia, các thông báo
            giữ nguyên chữ đã viết.
          </p>
          <label>
            <span>Hợp nhất vào</span>
            <select required value={merging.intoId} onChange={(event) => setMerging({ ...merging, intoId: event.target.value })}>
              <option value="">— Chọn cơ quan —</option>
              {others(merging.agency.id).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <div className="dialog-actions">
            <button type="button" onClick={() => setMerging(null)}>
              Hủy
            </button>
            <button type="submit" className="button-primary">
              Hợp nhất
            </button>
          </div>
        </form>
      )}

      {draft && (
        <form
          className="card agency-form"
          aria-label={draft.id ? 'Sửa cơ quan' : 'Thêm cơ quan'}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="form-grid">
            <label>
              <span>Tên đầy đủ</span>
              <input required autoFocus value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
            </label>
            <label>
              <span>Tên viết tắt</span>
              <input value={draft.shortName} onChange={(event) => setDraft({ ...draft, shortName: event.target.value })} />
            </label>
            <label>
              <span>Loại</span>
              <select value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as Agency['kind'] })}>
                {Object.entries(KIND_LABELS).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Tên gọi khác (cách nhau bởi dấu chấm phẩy)</span>
              <input value={draft.aliases.join(';')} onChange={(event) => setDraft({ ...draft, aliases: event.target.value.split(';') })} />
            </label>
            <label>
              <span>Hoạt động từ ngày</span>
              <DateInput optional value={draft.validFrom ?? ''} onChange={(date) => setDraft({ ...draft, validFrom: date || undefined })} />
            </label>
            <label>
              <span>Kết thúc hoạt động từ ngày</span>
              <DateInput optional value={draft.validUntil ?? ''} onChange={(date) => setDraft({ ...draft, validUntil: date || undefined })} />
            </label>
            <label>
              <span>Hình thức kết thúc</span>
              <select
                value={draft.endKind ?? ''}
                onChange={(event) => setDraft({ ...draft, endKind: (event.target.value || undefined) as Agency['endKind'] })}
              >
                <option value="">—</option>
                {Object.entries(END_LABELS).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Căn cứ (quyết định, nghị quyết)</span>
              <input value={draft.source ?? ''} onChange={(event) => setDraft({ ...draft, source: event.target.value || undefined })} />
            </label>
          </div>
          <fieldset className="agency-successors">
            <legend>Cơ quan kế tục</legend>
            {draft.successors.map((successor, index) => (
              <div key={index} className="agency-successor">
                <label>
                  <span>Cơ quan kế tục {index + 1}</span>
                  <select
                    aria-label={`Cơ quan kế tục ${index + 1}`}
                    value={successor.id}
                    onChange={(event) =>
                      setDraft({ ...draft, successors: draft.successors.map((s, i) => (i === index ? { ...s, id: event.target.value } : s)) })
                    }
                  >
                    <option value="">— Chọn cơ quan —</option>
                    {others(draft.id).map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>Phần tiếp nhận {index + 1}</span>
                  <input
                    value={successor.part ?? ''}
                    onChange={(event) =>
                      setDraft({ ...draft, successors: draft.successors.map((s, i) => (i === index ? { ...s, part: event.target.value } : s)) })
                    }
                  />
                </label>
                <button
                  type="button"
                  onClick={() => setDraft({ ...draft, successors: draft.successors.filter((_, i) => i !== index) })}
                  aria-label={`Bỏ dòng kế tục ${index + 1}`}
                >
                  Bỏ
                </button>
              </div>
            ))}
            <button type="button" onClick={() => setDraft({ ...draft, successors: [...draft.successors, { id: '' }] })}>
              Thêm cơ quan kế tục
            </button>
          </fieldset>
          <div className="dialog-actions">
            <button type="button" onClick={() => setDraft(null)}>
              Hủy
            </button>
            <button type="submit" className="button-primary">
              Lưu cơ quan
            </button>
          </div>
        </form>
      )}

      {agencies === null ? (
        <p role="status">Đang tải…</p>
      ) : (
        <table className="agency-table">
          <thead>
            <tr>
              <th scope="col">Tên cơ quan</th>
              <th scope="col">Viết tắt</th>
              <th scope="col">Loại</th>
              <th scope="col">Lịch sử</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((agency) => (
              <tr key={agency.id} className={existsOn(agency, today) ? undefined : 'agency-row-ended'}>
                <td>
                  {agency.name}
                  {agency.aliases.length > 0 && <span className="aliases"> ({agency.aliases.join('; ')})</span>}
                </td>
                <td>{agency.shortName}</td>
                <td>{KIND_LABELS[agency.kind]}</td>
                <td>
                  <HistoryCell agency={agency} directory={agencies} />
                </td>
                <td className="agency-actions">
                  <button type="button" onClick={() => setDraft({ ...agency })} aria-label={`Sửa ${agency.name}`}>
                    Sửa
                  </button>
                  <button type="button" onClick={() => setMerging({ agency, intoId: '' })} aria-label={`Hợp nhất ${agency.name}`}>
                    Hợp nhất
                  </button>
                  <button type="button" onClick={() => void remove(agency)} aria-label={`Xóa ${agency.name}`}>
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
