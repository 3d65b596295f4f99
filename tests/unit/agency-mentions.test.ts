import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AgencyDirectorySchema } from '../../shared/agencies/schema';
import { createAgencyMentionChecker } from '../../shared/checks/agency-mentions';
import { NoticeSchema, TaskBlockSchema, type Block, type TaskBlock } from '../../shared/notice/schema';

const directory = AgencyDirectorySchema.parse(
  JSON.parse(readFileSync(new URL('../../resources/agencies/lai-chau.json', import.meta.url), 'utf8')),
).agencies;
const sample = NoticeSchema.parse(
  JSON.parse(readFileSync(new URL('../../resources/samples/lai-chau-2020-09.notice.json', import.meta.url), 'utf8')),
);

type TaskInput = z.input<typeof TaskBlockSchema>;
const task = (input: Omit<TaskInput, 'type' | 'id'> & { id?: string }): TaskBlock =>
  TaskBlockSchema.parse({ id: 't', type: 'task', ...input });
const names = (t: TaskBlock, checker = createAgencyMentionChecker(directory)) =>
  checker.unnamedInTask(t).map((u) => `${u.role}:${u.agency.name}${u.subItemId ? `@${u.subItemId}` : ''}`);

const TAI_CHINH = { id: 'so-tai-chinh', name: 'Sở Tài chính' };
const NN = { id: 'so-nong-nghiep-ptnt', name: 'Sở Nông nghiệp và PTNT' };

describe('agencies named in a task', () => {
  it('every chip of the September 2020 sample is named in its task', () => {
    const checker = createAgencyMentionChecker(directory);
    const tasks = sample.body.filter((b): b is TaskBlock => b.type === 'task');
    const chips = tasks.reduce(
      (n, t) => n + t.leadAgencies.length + t.coordinatingAgencies.length + t.subItems.reduce((m, s) => m + s.leadAgencies.length + s.coordinatingAgencies.length, 0),
      0,
    );
    expect(chips).toBeGreaterThan(30);
    expect(tasks.map((t) => [t.id, checker.unnamedInTask(t)])).toEqual(tasks.map((t) => [t.id, []]));
    expect(checker.listTasks(sample.body)).toEqual([]);
  });

  it('a chip whose agency the text does not name is reported, with its role', () => {
    const t = task({
      content: [{ text: 'Chủ trì rà soát các khoản thu ngân sách, báo cáo UBND tỉnh.' }],
      leadAgencies: [TAI_CHINH],
      coordinatingAgencies: [{ id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh' }],
    });
    expect(names(t)).toEqual(['lead:Sở Tài chính', 'coordinating:Cục Thuế tỉnh']);
  });

  it('counts the full name, the short name and aliases, whatever the case and diacritics', () => {
    for (const text of [
      'Sở Nông nghiệp và Phát triển nông thôn chỉ đạo thu hoạch lúa mùa.',
      'Giao Sở NN&PTNT chỉ đạo thu hoạch lúa mùa.',
      'Giao sở nông nghiệp và ptnt chỉ đạo thu hoạch lúa mùa.',
      'GIAO SO NONG NGHIEP VA PHAT TRIEN NONG THON chỉ đạo.',
    ]) {
      expect(names(task({ content: [{ text }], leadAgencies: [NN] })), text).toEqual([]);
    }
  });

  it('reads the title, the content and the sub-items; runs with formatting are one text', () => {
    const t = task({
      title: [{ text: 'Giao ' }, { text: 'Sở Tài', bold: true }, { text: ' chính:' }],
      subItems: [{ id: 's1', text: [{ text: 'Phối hợp với Cục Thuế tỉnh chống thất thu.' }] }],
      leadAgencies: [TAI_CHINH],
      coordinatingAgencies: [{ id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh' }],
    });
    expect(names(t)).toEqual([]);
  });

  it('reads enumerations after a collective head ("Các Sở: …")', () => {
    const t = task({
      content: [{ text: 'Các Sở: Kế hoạch và Đầu tư, Tài chính, Xây dựng chủ động giải quyết vướng mắc.' }],
      leadAgencies: [
        { id: 'so-ke-hoach-dau-tu', name: 'Sở Kế hoạch và Đầu tư' },
        TAI_CHINH,
        { id: 'so-xay-dung', name: 'Sở Xây dựng' },
        { id: 'so-y-te', name: 'Sở Y tế' },
      ],
    });
    expect(names(t)).toEqual(['lead:Sở Y tế']);
  });

  it('a chip outside the directory counts as named when its own name is in the text, as whole words', () => {
    const local = { name: 'Trung tâm Kiểm soát bệnh tật tỉnh' };
    expect(names(task({ content: [{ text: 'Phối hợp với trung tâm kiểm soát bệnh tật tỉnh.' }], coordinatingAgencies: [local] }))).toEqual([]);
    expect(names(task({ content: [{ text: 'Phối hợp với Trung tâm Kiểm soát bệnh tật.' }], coordinatingAgencies: [local] }))).toEqual([
      'coordinating:Trung tâm Kiểm soát bệnh tật tỉnh',
    ]);
    // Whole words only: "Sở Y" is not "Sở Y tế".
    expect(names(task({ content: [{ text: 'Sở Y tế chủ trì.' }], leadAgencies: [{ name: 'Sở Y' }] }))).toEqual([]);
    expect(names(task({ content: [{ text: 'Sở Y tế chủ trì.' }], leadAgencies: [{ name: 'Sở Y t' }] }))).toEqual(['lead:Sở Y t']);
  });

  it('a directory agency is not named by a different agency that shares words ("Công an tỉnh" in "Công an huyện")', () => {
    const t = task({ content: [{ text: 'Công an huyện Tam Đường kiểm tra địa bàn.' }], leadAgencies: [{ id: 'cong-an-tinh', name: 'Công an tỉnh' }] });
    expect(names(t)).toEqual(['lead:Công an tỉnh']);
  });

  it("a sub-item's chips must be named in that sub-item or in the task's title and content", () => {
    const t = task({
      title: [{ text: 'Giao Sở Nông nghiệp và PTNT:' }],
      subItems: [
        { id: 'a', text: [{ text: 'Phối hợp với Sở Tài chính tham mưu.' }], coordinatingAgencies: [TAI_CHINH] },
        { id: 'b', text: [{ text: 'Báo cáo UBND tỉnh kết quả.' }], leadAgencies: [NN], coordinatingAgencies: [TAI_CHINH] },
      ],
      leadAgencies: [NN],
    });
    // NN in b is named by the title; Sở Tài chính in b only in a sibling, which does not count.
    expect(names(t)).toEqual(['coordinating:Sở Tài chính@b']);
  });

  it('lists the tasks with unnamed agencies in document order, labelled like the review list', () => {
    const body: Block[] = [
      { id: 'h1', type: 'heading', numbered: true, text: [{ text: 'Đánh giá' }] },
      { id: 'h2', type: 'heading', numbered: true, text: [{ text: 'Nhiệm vụ' }] },
      task({ id: 'ok', content: [{ text: 'Sở Tài chính rà soát.' }], leadAgencies: [TAI_CHINH] }),
      task({ id: 'bad', content: [{ text: 'Rà soát các khoản chi thường xuyên của các đơn vị dự toán.' }], leadAgencies: [TAI_CHINH] }),
    ];
    expect(createAgencyMentionChecker(directory).listTasks(body)).toEqual([
      {
        id: 'bad',
        label: 'Nhiệm vụ 2, mục II',
        excerpt: 'Rà soát các khoản chi thường xuyên của các đơn vị dự toán.',
        agencies: [{ agency: TAI_CHINH, role: 'lead' }],
      },
    ]);
  });

  it('reuses the result of a task object it has seen, and works on a fresh object after an edit', () => {
    const checker = createAgencyMentionChecker(directory);
    const before = task({ content: [{ text: 'Rà soát thu ngân sách.' }], leadAgencies: [TAI_CHINH] });
    const first = checker.unnamedInTask(before);
    expect(checker.unnamedInTask(before)).toBe(first);
    const after = { ...before, content: [{ text: 'Sở Tài chính rà soát thu ngân sách.' }] };
    expect(checker.unnamedInTask(after)).toEqual([]);
  });

  it('with an empty directory (not loaded yet) still recognises chips by their own names', () => {
    const checker = createAgencyMentionChecker([]);
    expect(checker.unnamedInTask(task({ content: [{ text: 'Sở Tài chính rà soát.' }], leadAgencies: [TAI_CHINH] }))).toEqual([]);
    expect(checker.unnamedInTask(task({ content: [{ text: 'Sở TC rà soát.' }], leadAgencies: [TAI_CHINH] }))).toHaveLength(1);
  });
});
