/** The agency directory: the names the editor's agency chips autocomplete from. */
import { useEffect, useState } from 'react';
import type { Agency } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/text/fold';
import { useApi } from '../../app/api-context';
import { useFeedback } from '../../app/feedback';

const KIND_LABELS: Record<Agency['kind'], string> = {
  department: 'Sở, ban, ngành',
  'central-branch': 'Cơ quan Trung ương đóng trên địa bàn',
  district: 'Huyện, thành phố',
  'provincial-body': 'Cơ quan cấp tỉnh',
  other: 'Khác',
};

type Draft = Omit<Agency, 'id'> & { id?: string };

const EMPTY: Draft = { name: '', shortName: '', aliases: [], kind: 'department' };

export function AgencyDirectory() {
  const api = useApi();
  const { showError, notify } = useFeedback();
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    api.listAgencies({}).then(({ agencies: list }) => setAgencies(list), showError);
  }, [api, showError]);

  const save = async () => {
    if (!draft) return;
    try {
      const payload = { ...draft, aliases: draft.aliases.map((alias) => alias.trim()).filter(Boolean) };
      const saved = payload.id ? await api.updateAgency({ ...payload, id: payload.id }) : await api.addAgency(payload);
      setAgencies((list) => {
        const rest = (list ?? []).filter((agency) => agency.id !== saved.id);
        return [...rest, saved].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      });
      setDraft(null);
      notify(`Đã lưu “${saved.name}”.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  // With or without diacritics, as the secretaries type.
  const needle = foldVietnamese(filter.trim());
  const shown = (agencies ?? []).filter(
    (agency) => !needle || foldVietnamese(`${agency.name} ${agency.shortName} ${agency.aliases.join(' ')}`).includes(needle),
  );

  return (
    <section className="settings-section" aria-labelledby="agencies-title">
      <h2 id="agencies-title">Danh bạ cơ quan</h2>
      <div className="agency-tools">
        <label>
          <span>Lọc</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
        <button type="button" onClick={() => setDraft({ ...EMPTY })}>
          Thêm cơ quan
        </button>
      </div>

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
          </div>
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
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((agency) => (
              <tr key={agency.id}>
                <td>
                  {agency.name}
                  {agency.aliases.length > 0 && <span className="aliases"> ({agency.aliases.join('; ')})</span>}
                </td>
                <td>{agency.shortName}</td>
                <td>{KIND_LABELS[agency.kind]}</td>
                <td>
                  <button type="button" onClick={() => setDraft({ ...agency })} aria-label={`Sửa ${agency.name}`}>
                    Sửa
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
