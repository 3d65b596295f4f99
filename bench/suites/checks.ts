/**
 * The check engine on a 200-task notice (the sample's tasks repeated; every rule family, the shipped directory and
 * syllable list): a first run on text it has not seen (a new model, empty caches) and a re-check after one task
 * changed, which is what the editor does after a pause in typing. Target: under 50 ms.
 */
import { fileURLToPath } from 'node:url';
import { runChecks } from '../../shared/checks/engine';
import { createSpellingChecker } from '../../shared/checks/spelling/checker';
import lexicon from '../../shared/checks/spelling/lexicon.json';
import { createSpellingModel, type LexiconData } from '../../shared/checks/spelling/lexicon';
import type { TaskBlock } from '../../shared/notice/schema';
import { loadAgencySeed } from '../../electron/services/library/resources';
import { loadSpellingWordList } from '../../electron/services/spelling/word-list';
import { lengthenNotice, loadSample } from '../../tests/e2e/support/notices';
import { measure, report } from '../measure';

export default async function run(): Promise<void> {
  const resources = fileURLToPath(new URL('../../resources', import.meta.url));
  const sample = loadSample();
  const perCopy = sample.body.filter((b) => b.type === 'task').length;
  const notice = lengthenNotice(sample, Math.ceil(200 / perCopy));
  const tasks = notice.body.filter((b): b is TaskBlock => b.type === 'task').length;
  const context = { directory: loadAgencySeed(resources), dictionaryWords: loadSpellingWordList(resources), today: '2020-10-02' };
  const words = JSON.stringify(notice.body).match(/[\p{L}]+/gu)?.length ?? 0;

  const model = createSpellingModel(lexicon as LexiconData, [], context.dictionaryWords);
  report(`spelling, fresh caches, ${tasks} tasks (~${words} words)`, await measure(() => {
    const checker = createSpellingChecker(model);
    for (const block of notice.body) if (block.type === 'task') checker.check(block.content.map((r) => r.text).join(''));
  }, 10, 2), '< 50 ms');

  let round = 0;
  report(`all rules, one task edited, ${tasks} tasks`, await measure(() => {
    round++;
    const body = notice.body.map((block, index) =>
      index === 10 && block.type === 'task' ? { ...block, content: [{ text: `${block.content.map((r) => r.text).join('')} lần ${round}` }] } : block,
    );
    return runChecks({ ...notice, body }, context);
  }), '< 50 ms');
}
