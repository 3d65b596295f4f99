/** Notices the end-to-end tests and the editor benchmark start from. */
import { parseStoredNotice } from '../../../shared/notice/migrate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Block, type Notice, type TaskBlock } from '../../../shared/notice/schema';
import { PROJECT_ROOT } from './build';

export const SAMPLE_PATH = path.join(PROJECT_ROOT, 'resources', 'samples', 'lai-chau-2020-09.notice.json');

export function loadSample(): Notice {
  return parseStoredNotice(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')));
}

/** A task with this text and nothing else; agencies, deadline or sub-items come in `extra`. */
export function taskBlock(id: string, text: string, extra: Partial<TaskBlock> = {}): TaskBlock {
  return {
    id,
    type: 'task',
    title: [],
    content: [{ text }],
    leadAgencies: [],
    coordinatingAgencies: [],
    subItemStyle: 'dash',
    subItems: [],
    ...extra,
  };
}

/** A copy of a block with fresh ids (its own and its sub-items'), so the copies stay unique in one notice. */
function withFreshIds(block: Block, suffix: string): Block {
  const copy = structuredClone(block);
  copy.id = `${block.id}-${suffix}`;
  if (copy.type === 'task') copy.subItems = copy.subItems.map((sub) => ({ ...sub, id: `${sub.id}-${suffix}` }));
  return copy;
}

/** The notice with its tasks repeated `times` times in a row (the sample ×4 has about 64 tasks). */
export function lengthenNotice(notice: Notice, times: number): Notice {
  const body = [...notice.body];
  const tasks = notice.body.filter((block): block is TaskBlock => block.type === 'task');
  const lastTask = tasks.at(-1);
  if (!lastTask) return notice;
  const insertAt = body.indexOf(lastTask) + 1;
  const copies: Block[] = [];
  for (let round = 1; round < times; round++) copies.push(...tasks.map((task) => withFreshIds(task, `x${round}`)));
  body.splice(insertAt, 0, ...copies);
  return { ...notice, body };
}

/** A notice of `count` tasks, each with a lead agency, a deadline and two sub-items, after a short assessment. */
export function noticeWithTasks(base: Notice, count: number): Notice {
  const opening = base.body.filter((block) => block.type !== 'task' && block.type !== 'scheme').slice(0, 6);
  const tasks: Block[] = Array.from({ length: count }, (_, index) => ({
    id: `nhiem-vu-${index + 1}`,
    type: 'task',
    title: [],
    content: [
      {
        text: `Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan rà soát tiến độ thực hiện nhiệm vụ số ${index + 1}, tổng hợp khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ, báo cáo UBND tỉnh.`,
      },
    ],
    leadAgencies: [{ name: 'Sở Kế hoạch và Đầu tư' }],
    coordinatingAgencies: [{ name: 'Sở Tài chính' }],
    deadline: { kind: 'by-date', date: '2020-10-20' },
    subItemStyle: 'dash',
    subItems: [
      { id: `nhiem-vu-${index + 1}-y-1`, level: 1, text: [{ text: 'Rà soát các chỉ tiêu kế hoạch năm 2020 của ngành, lĩnh vực.' }], leadAgencies: [], coordinatingAgencies: [] },
      { id: `nhiem-vu-${index + 1}-y-2`, level: 1, text: [{ text: 'Đề xuất giải pháp hoàn thành kế hoạch trong quý IV.' }], leadAgencies: [], coordinatingAgencies: [] },
    ],
  }));
  return { ...base, body: [...opening, ...tasks] };
}
