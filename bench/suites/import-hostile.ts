/**
 * The hostile .docx set of issue 11 (absurd list numbering, deep nesting; made by tests/import/hostile-docx.ts) run
 * through the command line's import, one process per file: exit code, wall time and the process's peak resident
 * memory (GNU time's %M). Bad input should end with exit code 2 quickly and in little memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { absurdNumberingFiles, deeplyNestedFiles, largeButValidNumberingFile } from '../../tests/import/hostile-docx';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default async function run(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  try {
    for (const file of [...absurdNumberingFiles(), largeButValidNumberingFile(), ...deeplyNestedFiles()]) {
      const path = join(folder, file.name);
      writeFileSync(path, file.bytes);
      const started = performance.now();
      const result = spawnSync(
        '/usr/bin/time',
        ['-f', '%M', process.execPath, '--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), 'import', path, '-o', join(folder, 'out.json')],
        { cwd: ROOT, encoding: 'utf8' },
      );
      const elapsed = performance.now() - started;
      const peakKb = Number(result.stderr.trim().split('\n').at(-1));
      console.log(
        `import ${file.name} (${(file.bytes.length / 1024).toFixed(0)} KB)`.padEnd(58) +
          ` exit ${result.status}  ${(elapsed / 1000).toFixed(2)} s  peak RSS ${(peakKb / 1024).toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
