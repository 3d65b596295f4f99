/**
 * What an import recognised, before the draft is made: the header fields, the body in order (sections, paragraphs,
 * dash items, tasks with their agencies and deadlines, schemes), and what needs a look (warnings, paragraphs left
 * unclassified, lines dropped as website chrome). Each agency mention has a select to fix its directory match.
 */
import { useState, type ReactNode } from 'react';
import type { Agency } from '../../../shared/api';
import { formatDeadline } from '../../../shared/format/deadline';
import { computeBlockLabels, subItemLabels } from '../../../shared/format/numbering';
import { formatShortDate } from '../../../shared/format/vietnamese';
import { formatCount } from '../../../shared/notice/limits';
import type { HeaderField, ImportReport } from '../../../shared/import/result';
import type { Block, Deadline, Notice, RichText, SchemeBlock, TaskBlock } from '../../../shared/notice/schema';
import { looksLikeAgencyName } from '../../../shared/agencies/recognise';
import { blockMentions, chosenRef, ROLE_LABELS, slotKey, taskEntry, type AgencyMention, type AgencySlot } from './agency-slots';

export interface ImportPreviewProps {
  notice: Notice;
  report: ImportReport;
  agencies: readonly Agency[];
  onAgencyChange(slot: AgencySlot, ref: ReturnType<typeof chosenRef>): void;
  /** Adds a name the directory does not know (shaped like an agency's) and links the mention to it. */
  onAddAgency(slot: AgencySlot, name: string): void;
}

function RichTextView({ text }: { text: RichText }) {
  return (
    <>
      {text.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.underline) node = <u>{node}</u>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

const plain = (text: RichText) => text.map((run) => run.text).join('');

function DeadlineView({ deadline }: { deadline: Deadline | undefined }) {
  return deadline ? <span className="import-deadline">{formatDeadline(deadline)}</span> : <span className="import-none">không ghi</span>;
}

/** The "Thời hạn" entry of a task's or a scheme's facts. */
function DeadlineFact({ deadline }: { deadline: Deadline | undefined }) {
  return (
    <div>
      <dt>Thời hạn</dt>
      <dd>
        <DeadlineView deadline={deadline} />
      </dd>
    </div>
  );
}

// --- header ---------------------------------------------------------------------------------------------------------

interface HeaderRow {
  label: string;
  fields: HeaderField[];
  value: ReactNode;
}

function headerRows(notice: Notice): HeaderRow[] {
  const { signature } = notice;
  return [
    { label: 'Trích yếu', fields: ['summary'], value: notice.summary || '—' },
    { label: 'Cơ quan ban hành', fields: ['issuer'], value: [notice.issuer.parentAgency, notice.issuer.agency].filter(Boolean).join(' — ') },
    {
      label: 'Số, ký hiệu',
      fields: ['number', 'code'],
      // Only the register gives numbers: the draft made from the file starts without the source's number.
      value:
        notice.number === undefined
          ? `…/${notice.code}`
          : `…/${notice.code} (văn bản gốc mang số ${notice.number}; bản dự thảo chưa có số cho đến khi ban hành)`,
    },
    {
      label: 'Địa danh, ngày ban hành',
      fields: ['place', 'date'],
      value: `${notice.place}, ${notice.date ? formatShortDate(notice.date) : 'chưa có ngày'}`,
    },
    { label: 'Ngày họp', fields: ['meeting'], value: notice.meeting.date ? formatShortDate(notice.meeting.date) : '—' },
    { label: 'Câu kết', fields: ['closing'], value: notice.closing || '—' },
    {
      label: 'Người ký',
      fields: ['signature'],
      value: [...signature.authorityLines, signature.title, signature.signerName].filter(Boolean).join(' · ') || '—',
    },
    {
      label: 'Nơi nhận',
      fields: ['recipients', 'archive'],
      value:
        notice.recipients.length > 0 ? (
          <ul className="import-recipients">
            {notice.recipients.map((recipient, index) => (
              <li key={index}>{recipient}</li>
            ))}
            <li>Lưu: {notice.archive}</li>
          </ul>
        ) : (
          '—'
        ),
    },
  ];
}

function HeaderTable({ notice, report }: { notice: Notice; report: ImportReport }) {
  const found = new Set(report.headerFields);
  return (
    <table className="import-header">
      <caption>Đầu văn bản và phần cuối</caption>
      <thead>
        <tr>
          <th scope="col">Mục</th>
          <th scope="col">Nội dung</th>
          <th scope="col">Nguồn</th>
        </tr>
      </thead>
      <tbody>
        {headerRows(notice).map((row) => {
          const read = row.fields.some((field) => found.has(field));
          return (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
              <td>
                <span className={read ? 'badge badge-found' : 'badge badge-default'}>{read ? 'Đọc từ văn bản' : 'Theo cài đặt'}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// --- what needs a look ----------------------------------------------------------------------------------------------

function ReviewSummary({ notice, report }: { notice: Notice; report: ImportReport }) {
  const unrecognised = new Set(report.unrecognised);
  const paragraphs = notice.body.filter((block) => unrecognised.has(block.id));
  const nothing = report.warnings.length === 0 && paragraphs.length === 0;
  return (
    <section className="import-review" aria-labelledby="import-review-title">
      <h2 id="import-review-title">Cần xem lại</h2>
      {nothing && <p>Không có gì cần xem lại: mọi đoạn đều đã được phân loại.</p>}
      {report.warnings.length > 0 && (
        <>
          <h3>Lưu ý ({report.warnings.length})</h3>
          <ul className="import-warnings">
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      {paragraphs.length > 0 && (
        <>
          <h3>Đoạn chưa phân loại, giữ nguyên là đoạn văn ({paragraphs.length})</h3>
          <ul className="import-unrecognised-list">
            {paragraphs.map((block) => (
              <li key={block.id}>{'text' in block ? plain(block.text) : ''}</li>
            ))}
          </ul>
        </>
      )}
      {report.droppedLines.length > 0 && (
        <details className="import-dropped">
          <summary>Đã bỏ {report.droppedLines.length} dòng của trang web (chuyên mục, ngày đăng, các tin khác…)</summary>
          <ul>
            {report.droppedLines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

// --- agencies -------------------------------------------------------------------------------------------------------

function AgencySelect({
  mention,
  context,
  agencies,
  onChange,
  onAdd,
}: {
  mention: AgencyMention;
  context: string;
  agencies: readonly Agency[];
  onChange: ImportPreviewProps['onAgencyChange'];
  onAdd: ImportPreviewProps['onAddAgency'];
}) {
  const id = `agency-${slotKey(mention.slot)}`;
  const matched = mention.ref.id !== undefined;
  // "Các chủ đầu tư", "Các sở, ngành": a group, not expected in the directory (the import does not warn about it).
  const group = /^các\s/iu.test(mention.written);
  // A name shaped like an agency's ("Trung tâm …", "UBND xã …") is an agency the directory does not hold yet.
  const newAgency = !matched && !group && looksLikeAgencyName(mention.written);
  return (
    <div className={matched || group ? 'import-agency' : 'import-agency import-agency-unmatched'}>
      <label htmlFor={id}>
        <span className="visually-hidden">{context}, </span>
        {ROLE_LABELS[mention.slot.role]}: “{mention.written}”
        {!matched && (
          <span className="import-flag">
            {' '}
            — {group ? 'nhóm cơ quan, không có trong danh mục' : newAgency ? 'không có trong danh bạ' : 'chưa khớp danh mục'}
          </span>
        )}
      </label>
      <select
        id={id}
        value={mention.ref.id ?? ''}
        onChange={(event) => onChange(mention.slot, chosenRef(agencies, event.target.value, mention.written))}
      >
        <option value="">Không khớp (giữ tên như văn bản)</option>
        {agencies.map((agency) => (
          <option key={agency.id} value={agency.id}>
            {agency.name}
          </option>
        ))}
      </select>
      {newAgency && (
        <button type="button" onClick={() => onAdd(mention.slot, mention.written)} aria-label={`Thêm vào danh bạ: “${mention.written}”`}>
          Thêm vào danh bạ
        </button>
      )}
    </div>
  );
}

function MentionList(props: {
  mentions: AgencyMention[];
  context: string;
  agencies: readonly Agency[];
  onChange: ImportPreviewProps['onAgencyChange'];
  onAdd: ImportPreviewProps['onAddAgency'];
}) {
  if (props.mentions.length === 0) return null;
  return (
    <div className="import-agencies">
      {props.mentions.map((mention) => (
        <AgencySelect
          key={slotKey(mention.slot)}
          mention={mention}
          context={props.context}
          agencies={props.agencies}
          onChange={props.onChange}
          onAdd={props.onAdd}
        />
      ))}
    </div>
  );
}

// --- body -----------------------------------------------------------------------------------------------------------

function TaskView(props: { task: TaskBlock; label: string; notice: Notice; report: ImportReport } & Pick<ImportPreviewProps, 'agencies' | 'onAgencyChange' | 'onAddAgency'>) {
  const { task, label, notice, report, agencies, onAgencyChange, onAddAgency } = props;
  const entry = taskEntry(notice, report, task.id);
  const mentions = blockMentions(notice, report, task.id);
  const context = `Khoản ${label.replace(/\.$/, '')}`;
  const marks = subItemLabels(task.subItemStyle, task.subItems);
  const missingLead = task.leadAgencies.length === 0 && task.subItems.every((sub) => sub.leadAgencies.length === 0);
  return (
    <div className="import-task" data-block-id={task.id} data-task-number={label.replace(/\.$/, '')}>
      <p className="import-task-text">
        <span className="import-label">{label}</span> {task.title.length > 0 && <strong>{plain(task.title)} </strong>}
        <RichTextView text={task.content} />
        {entry && `${entry.number}.` !== label && <span className="import-none"> (văn bản ghi số {entry.number})</span>}
      </p>
      <dl className="import-task-facts">
        <DeadlineFact deadline={task.deadline} />
        {missingLead && (
          <div className="import-agency-unmatched">
            <dt>Chủ trì</dt>
            <dd>chưa nhận ra cơ quan chủ trì</dd>
          </div>
        )}
      </dl>
      <MentionList
        mentions={mentions.filter((m) => !m.slot.subItemId)}
        context={context}
        agencies={agencies}
        onChange={onAgencyChange}
        onAdd={onAddAgency}
      />
      {task.subItems.length > 0 && (
        <ul className="import-subitems">
          {task.subItems.map((sub, index) => (
            <li key={sub.id} className={sub.level === 2 ? 'import-level-2' : undefined}>
              <span className="import-label">{marks[index]}</span> <RichTextView text={sub.text} />
              {sub.deadline && (
                <>
                  {' '}
                  — <DeadlineView deadline={sub.deadline} />
                </>
              )}
              <MentionList
                mentions={mentions.filter((m) => m.slot.subItemId === sub.id)}
                context={`${context}, ý ${index + 1}`}
                agencies={agencies}
                onChange={onAgencyChange}
                onAdd={onAddAgency}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SchemeView(props: { scheme: SchemeBlock; label: string; notice: Notice; report: ImportReport } & Pick<ImportPreviewProps, 'agencies' | 'onAgencyChange' | 'onAddAgency'>) {
  const { scheme, label, notice, report, agencies, onAgencyChange, onAddAgency } = props;
  return (
    <div className="import-scheme" data-block-id={scheme.id}>
      <p className="import-scheme-title">
        <span className="import-label">{label}</span> <RichTextView text={scheme.title} />
      </p>
      {scheme.conclusion.length > 0 && (
        <p className="import-scheme-conclusion">
          <RichTextView text={scheme.conclusion} />
        </p>
      )}
      <dl className="import-task-facts">
        <DeadlineFact deadline={scheme.deadline} />
        {!scheme.responsibleAgency && (
          <div>
            <dt>Cơ quan chịu trách nhiệm</dt>
            <dd className="import-none">không nhận ra</dd>
          </div>
        )}
      </dl>
      <MentionList
        mentions={blockMentions(notice, report, scheme.id)}
        context={`Đề án ${label}`}
        agencies={agencies}
        onChange={onAgencyChange}
        onAdd={onAddAgency}
      />
    </div>
  );
}

function BlockView(props: { block: Block; label: string | undefined; unrecognised: boolean; notice: Notice; report: ImportReport } & Pick<ImportPreviewProps, 'agencies' | 'onAgencyChange' | 'onAddAgency'>) {
  const { block, label, unrecognised, ...rest } = props;
  switch (block.type) {
    case 'heading':
      return (
        <h3 className="import-section-heading">
          {label && <span className="import-label">{label} </span>}
          <RichTextView text={block.text} />
        </h3>
      );
    case 'paragraph':
      return unrecognised ? (
        <p className="import-paragraph import-unrecognised">
          <span className="import-flag">Chưa phân loại: </span>
          <RichTextView text={block.text} />
        </p>
      ) : (
        <p className="import-paragraph">
          <RichTextView text={block.text} />
        </p>
      );
    case 'dash':
      return (
        <p className={block.level === 2 ? 'import-dash import-level-2' : 'import-dash'}>
          <span className="import-label">{block.level === 2 ? '+' : '-'}</span> <RichTextView text={block.text} />
        </p>
      );
    case 'task':
      return <TaskView task={block} label={label ?? ''} {...rest} />;
    case 'scheme':
      return <SchemeView scheme={block} label={label ?? ''} {...rest} />;
  }
}

function counts(notice: Notice): string {
  const count = (type: Block['type']) => notice.body.filter((block) => block.type === type).length;
  return [
    `${count('heading')} mục`,
    `${count('task')} khoản nhiệm vụ`,
    `${count('scheme')} đề án`,
    `${count('paragraph')} đoạn văn`,
    `${count('dash')} ý gạch đầu dòng`,
  ].join(', ');
}

/**
 * Blocks the preview draws at first, and more on each "Hiện thêm": a real notice has a few dozen, while a long
 * import has thousands, each task with a directory select (every agency an option) per agency it names: drawing
 * them all froze the page for minutes, and 300 blocks already made 100,000 elements. The draft gets every block
 * whatever is shown.
 */
export const PREVIEW_BLOCK_PAGE = 100;

export function ImportPreview({ notice, report, agencies, onAgencyChange, onAddAgency }: ImportPreviewProps) {
  const labels = computeBlockLabels(notice.body);
  const unrecognised = new Set(report.unrecognised);
  const [shown, setShown] = useState(PREVIEW_BLOCK_PAGE);
  const hidden = notice.body.length - shown;
  return (
    <div className="import-preview">
      <p className="import-counts">Nhận ra: {counts(notice)}.</p>
      <ReviewSummary notice={notice} report={report} />
      <section aria-labelledby="import-header-title">
        <h2 id="import-header-title">Thông tin văn bản</h2>
        <HeaderTable notice={notice} report={report} />
      </section>
      <section aria-labelledby="import-body-title" className="import-body">
        <h2 id="import-body-title">Nội dung</h2>
        {notice.body.length === 0 && <p>Không nhận ra nội dung nào.</p>}
        {notice.body.slice(0, shown).map((block) => (
          <BlockView
            key={block.id}
            block={block}
            label={labels.get(block.id)}
            unrecognised={unrecognised.has(block.id)}
            notice={notice}
            report={report}
            agencies={agencies}
            onAgencyChange={onAgencyChange}
            onAddAgency={onAddAgency}
          />
        ))}
        {hidden > 0 && (
          <div className="import-more">
            <p>
              Bản xem trước đang hiện {formatCount(shown)} trên {formatCount(notice.body.length)} khối nội dung. Bản dự thảo sẽ có đủ
              mọi khối.
            </p>
            <button type="button" onClick={() => setShown((count) => count + PREVIEW_BLOCK_PAGE)}>
              Hiện thêm {formatCount(Math.min(hidden, PREVIEW_BLOCK_PAGE))} khối
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
