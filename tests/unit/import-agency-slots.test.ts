/**
 * The import preview's agency re-linking (renderer/screens/import/agency-slots.ts) on the published sample parsed by
 * the real parser: each mention carries the words the source used, and re-linking changes that one reference only.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import type { ImportResult } from '../../shared/import/result';
import { NoticeSchema, type SchemeBlock, type TaskBlock } from '../../shared/notice/schema';
import { blockMentions, chosenRef, setAgencyRef } from '../../renderer/screens/import/agency-slots';
import { laiChauDirectory, officeDefaults } from '../import/helpers';

const directory = laiChauDirectory();
let result: ImportResult;
let tasks: TaskBlock[];
let schemes: SchemeBlock[];

const byName = (name: string) => {
  const agency = directory.find((candidate) => candidate.name === name);
  if (!agency) throw new Error(`${name} missing from the directory`);
  return agency;
};

beforeAll(() => {
  const source = readFileSync(new URL('../fixtures/import/lai-chau-2020-09-ket-luan.txt', import.meta.url), 'utf8');
  result = parseNoticeText(source, { directory, defaults: officeDefaults() });
  tasks = result.notice.body.filter((block): block is TaskBlock => block.type === 'task');
  schemes = result.notice.body.filter((block): block is SchemeBlock => block.type === 'scheme');
});

describe('import preview agency slots', () => {
  it('lists a task’s mentions with the words as written and the directory match', () => {
    const task5 = tasks[4] as TaskBlock;
    const [lead] = blockMentions(result.notice, result.report, task5.id);
    expect(lead?.slot).toEqual({ blockId: task5.id, role: 'lead', index: 0 });
    expect(lead?.written).toBe('Sở Nông nghiệp và PTNT');
    expect(lead?.ref.id).toBe(byName('Sở Nông nghiệp và Phát triển nông thôn').id);
  });

  it('lists sub-items’ mentions with their sub-item id, and a scheme’s responsible agency', () => {
    const withSubAgencies = tasks.find((task) => task.subItems.some((sub) => sub.leadAgencies.length > 0)) as TaskBlock;
    const mentions = blockMentions(result.notice, result.report, withSubAgencies.id);
    const subIds = new Set(withSubAgencies.subItems.map((sub) => sub.id));
    expect(mentions.some((mention) => mention.slot.subItemId !== undefined && subIds.has(mention.slot.subItemId))).toBe(true);

    const scheme = schemes[0] as SchemeBlock;
    expect(blockMentions(result.notice, result.report, scheme.id)).toEqual([
      { slot: { blockId: scheme.id, role: 'responsible', index: 0 }, written: 'Ban Dân tộc', ref: scheme.responsibleAgency },
    ]);
  });

  it('re-links one mention to another agency, or to none, and leaves everything else as it was', () => {
    const task10 = tasks[9] as TaskBlock;
    const [lead] = blockMentions(result.notice, result.report, task10.id);
    if (!lead) throw new Error('task 10 has no lead agency');
    const culture = byName('Sở Văn hóa, Thể thao và Du lịch');

    const relinked = setAgencyRef(result.notice, lead.slot, chosenRef(directory, culture.id, lead.written));
    expect(() => NoticeSchema.parse(relinked)).not.toThrow();
    const after = relinked.body.filter((block): block is TaskBlock => block.type === 'task');
    expect(after[9]?.leadAgencies).toEqual([{ id: culture.id, name: culture.name }]);
    expect(relinked.body.filter((block) => block.id !== task10.id)).toEqual(result.notice.body.filter((block) => block.id !== task10.id));
    // The parse result itself is not changed.
    expect(task10.leadAgencies[0]?.id).toBe(byName('Sở Giáo dục và Đào tạo').id);

    const unlinked = setAgencyRef(relinked, lead.slot, chosenRef(directory, '', lead.written));
    const unlinkedTask = unlinked.body.find((block) => block.id === task10.id) as TaskBlock;
    expect(unlinkedTask.leadAgencies).toEqual([{ name: 'Sở Giáo dục và Đào tạo' }]);

    const scheme = schemes[1] as SchemeBlock;
    const [responsible] = blockMentions(result.notice, result.report, scheme.id);
    if (!responsible) throw new Error('scheme 2 has no responsible agency');
    const schemeRelinked = setAgencyRef(result.notice, responsible.slot, chosenRef(directory, culture.id, responsible.written));
    expect((schemeRelinked.body.find((block) => block.id === scheme.id) as SchemeBlock).responsibleAgency).toEqual({ id: culture.id, name: culture.name });
  });

  it('re-links a sub-item’s agency without touching its task’s own agencies', () => {
    const task = tasks.find((candidate) => candidate.subItems.some((sub) => sub.leadAgencies.length > 0)) as TaskBlock;
    const mention = blockMentions(result.notice, result.report, task.id).find((m) => m.slot.subItemId !== undefined);
    if (!mention) throw new Error('no sub-item mention');
    const health = byName('Sở Y tế');
    const next = setAgencyRef(result.notice, mention.slot, chosenRef(directory, health.id, mention.written));
    const nextTask = next.body.find((block) => block.id === task.id) as TaskBlock;
    expect(nextTask.leadAgencies).toEqual(task.leadAgencies);
    expect(nextTask.coordinatingAgencies).toEqual(task.coordinatingAgencies);
    const sub = nextTask.subItems.find((candidate) => candidate.id === mention.slot.subItemId);
    const list = mention.slot.role === 'lead' ? sub?.leadAgencies : sub?.coordinatingAgencies;
    expect(list?.[mention.slot.index]).toEqual({ id: health.id, name: health.name });
  });
});
