/**
 * Electronegativity (Doyensec's static checker of Electron security settings) over the app's sources: every
 * finding must be listed, with its reason, in electronegativity-accepted.json, and every listed finding must
 * still occur. A deliberately insecure canary file is scanned with them to show the checker does find problems.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../library/helpers';

const require = createRequire(import.meta.url);
const CANARY_DIR = 'electronegativity-canary';

interface Accepted {
  excludedChecks: { check: string; reason: string }[];
  accepted: { check: string; file: string; reason: string }[];
}

interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}

function scan(): Finding[] {
  const list = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/electron/electronegativity-accepted.json'), 'utf8')) as Accepted;
  // The sources only: not node_modules, not build output that may or may not be there.
  const stage = tempDir('thongbao-electronegativity-');
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(stage, 'package.json'));
  for (const dir of ['electron', 'renderer']) fs.cpSync(path.join(ROOT, dir), path.join(stage, dir), { recursive: true });
  fs.mkdirSync(path.join(stage, CANARY_DIR));
  fs.writeFileSync(
    path.join(stage, CANARY_DIR, 'insecure-window.js'),
    "const { BrowserWindow } = require('electron');\n" +
      "new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n",
  );
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const output = path.join(stage, 'report.sarif');
  const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const run = spawnSync(
    process.execPath,
    [cli, '-i', stage, '-r', '-v', 'false', '-e', electronVersion, '-x', list.excludedChecks.map((c) => c.check).join(','), '-o', output],
    // English messages whatever the machine's locale (the tool fetches a translation for $LANG when online).
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'en-US' } },
  );
  if (!fs.existsSync(output)) throw new Error(`Electronegativity wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as {
    runs: { results: { ruleId: string; message: { text: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[] }[] }[];
  };
  return (report.runs[0]?.results ?? []).map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    return { check: result.ruleId, file: location?.artifactLocation?.uri ?? 'N/A', line: location?.region?.startLine ?? 0, message: result.message.text };
  });
}

describe('Electronegativity', () => {
  const list = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/electron/electronegativity-accepted.json'), 'utf8')) as Accepted;

  it('gives a reason for every accepted finding and every excluded check', () => {
    for (const entry of [...list.accepted, ...list.excludedChecks]) expect(entry.reason.length, entry.check).toBeGreaterThan(40);
  });

  it('finds nothing in the app that is not explained, and every explanation still applies', () => {
    const findings = scan();
    const canary = findings.filter((f) => f.file.startsWith(`${CANARY_DIR}/`)).map((f) => f.check);
    // The checker works: the insecure canary window is caught.
    expect(canary).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']));

    const app = findings.filter((f) => !f.file.startsWith(`${CANARY_DIR}/`));
    const unexplained = app.filter((f) => !list.accepted.some((a) => a.check === f.check && a.file === f.file));
    expect(unexplained, 'findings missing from electronegativity-accepted.json').toEqual([]);
    const stale = list.accepted.filter((a) => !app.some((f) => f.check === a.check && f.file === a.file));
    expect(stale, 'accepted entries no finding matches any more').toEqual([]);
  }, 180_000);
});
