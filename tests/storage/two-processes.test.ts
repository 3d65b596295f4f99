/**
 * The app and the command line on one database at once: the app's library service saving in one process while
 * the command line creates and searches notices in others. No error (the busy timeout makes each wait for the
 * other's lock), no lost write.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/services/library/open';
import { loadAgencySeed, findResourcesDir } from '../../electron/services/library/resources';
import { runCli } from '../cli/run-cli';
import { call, sampleNotice, tempDir } from '../library/helpers';
import { startWorker } from './spawn-worker';

describe('two processes on one database', () => {
  it('the app saving while the command line writes: no error, no lost write', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const library = openLibrary({ dataDir });
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    library.close();

    const app = startWorker(['save', dataDir, id]);
    await app.waitFor((line) => line === 'ready');
    const cli = await Promise.all([
      runCli(['new', '--from-previous', id, '--data-dir', dataDir], { cwd: dataDir }),
      runCli(['new', '--template', 'site-inspection', '--data-dir', dataDir], { cwd: dataDir }),
      runCli(['new', '--from-previous', id.slice(0, 8), '--data-dir', dataDir], { cwd: dataDir }),
      runCli(['search', 'phien', 'hop', '--data-dir', dataDir], { cwd: dataDir }),
    ]);
    const savesDuringCli = app.lines.length;
    app.child.stdin.write('stop\n');
    const exit = await app.exited;

    expect(exit, app.stderr()).toEqual({ code: 0, signal: null });
    for (const result of cli) expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    // The app kept saving the whole time the command line ran.
    expect(savesDuringCli).toBeGreaterThan(3);

    const created = cli.slice(0, 3).map((r) => /mã ([0-9a-f-]{36})/.exec(r.stdout)?.[1]);
    const saves = app.lines.filter((line) => /^\d+ \d+$/.test(line)).map((line) => line.split(' ').map(Number) as [number, number]);
    const after = openLibrary({ dataDir });
    try {
      for (const createdId of created) {
        expect(createdId).toBeDefined();
        expect((await call(after, 'getNotice', { id: createdId! })).status).toBe('draft');
      }
      const { revisions } = await call(after, 'listRevisions', { id });
      const stored = new Set(revisions.map((r) => r.id));
      for (const [revisionId] of saves) expect(stored.has(revisionId), `revision ${revisionId}`).toBe(true);
      const last = saves.at(-1)!;
      expect((await call(after, 'getNotice', { id })).notice.summary).toBe(`Lần lưu ${last[1]}`);
      expect((await call(after, 'listNotices', {})).total).toBe(4);
    } finally {
      after.close();
    }
  });

  it('two processes starting on a new data folder at once create, migrate and seed it once', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const results = await Promise.all([1, 2, 3].map(() => runCli(['list', '--data-dir', dataDir], { cwd: path.dirname(dataDir) })));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, stdout: 'Thư viện chưa có thông báo nào.\n' });
    const library = openLibrary({ dataDir });
    try {
      expect((await call(library, 'listAgencies', {})).agencies).toHaveLength(loadAgencySeed(findResourcesDir()).length);
      expect((await call(library, 'listTemplates', {})).templates).toHaveLength(4);
    } finally {
      library.close();
    }
  });
});
