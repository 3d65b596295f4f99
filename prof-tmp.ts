import { ALL_RULES, runChecks } from './shared/checks/engine';
import { loadAgencySeed } from './electron/services/library/resources';
import { loadSpellingWordList } from './electron/services/spelling/word-list';
import { lengthenNotice, loadSample } from './tests/e2e/support/notices';
const sample = loadSample();
const perCopy = sample.body.filter((b) => b.type === 'task').length;
const notice = lengthenNotice(sample, Math.ceil(200 / perCopy));
const context = { directory: loadAgencySeed('./resources'), dictionaryWords: loadSpellingWordList('./resources'), today: '2020-10-02' as const };
const totals = new Map<string, number[]>(); const all: number[] = [];
for (let round = 0; round < 100; round++) {
  const body = notice.body.map((block, index) =>
    index === 10 && block.type === 'task' ? { ...block, content: [{ text: `${block.content.map((r) => r.text).join('')} lần ${round}` }] } : block);
  const n = { ...notice, body };
  for (const rule of ALL_RULES) {
    const t = performance.now(); rule.run(n, context as any); const d = performance.now() - t;
    if (!totals.has(rule.id)) totals.set(rule.id, []); totals.get(rule.id)!.push(d);
  }
  const n2 = { ...notice, body: [...body] };
  const t = performance.now(); runChecks(n2, context as any); all.push(performance.now() - t);
}
for (const [id, arr] of totals) { arr.sort((a,b)=>a-b); console.log(id.padEnd(40), arr[50].toFixed(2), arr[95].toFixed(2)); }
all.sort((a,b)=>a-b); console.log('runChecks', all[50].toFixed(2), all[95].toFixed(2));
