// The architecture's import rules are enforced by ESLint (allow-lists per layer); this checks the rules bite.
// Each probe is linted as if it were a file at the given path, with imports of real files and installed packages,
// so a refusal comes from the layer rule and not from an unresolvable path.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

const layerRules = new Set(['boundaries/dependencies', 'boundaries/no-unknown-files', '@typescript-eslint/no-restricted-imports']);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && layerRules.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

const importing = (source: string) => `import * as probe from '${source}';\nvoid probe;\n`;
const importingType = (source: string) => `import type * as probe from '${source}';\nexport type Probe = typeof probe;\n`;

type Case = [file: string, code: string];

async function expectRefused(cases: Case[]): Promise<void> {
  for (const [file, code] of cases) {
    expect(await layerErrors(file, code), `${file}: ${code}`).toHaveLength(1);
  }
}

async function expectAllowed(cases: Case[]): Promise<void> {
  for (const [file, code] of cases) {
    expect(await layerErrors(file, code), `${file}: ${code}`).toEqual([]);
  }
}

describe('layering lint rules', () => {
  it('keeps shared/ pure: shared/ and the listed pure packages only', async () => {
    await expectRefused([
      ['shared/probe.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n"],
      ['shared/probe.ts', "import path from 'path';\npath.join('a');\n"],
      ['shared/probe.ts', importing('../electron/services/files/atomic-write')],
      ['shared/probe.ts', importing('../renderer/app/autosave')],
      ['shared/probe.ts', importing('react')],
      ['shared/probe.ts', importing('lexical')],
      ['shared/probe.ts', importing('electron')],
      // Not on shared/'s list, although the Node side may use it: a new package needs an entry.
      ['shared/probe.ts', importing('fflate')],
    ]);
    await expectAllowed([
      ['shared/probe.ts', "import { z } from 'zod';\nz.string();\n"],
      ['shared/notice/probe.ts', importing('date-fns')],
      ['shared/docx/probe.ts', importing('docx')],
      ['shared/notice/probe.ts', importing('../format/numbering')],
    ]);
  });

  it('keeps renderer/ to the browser, in the order editor < app < screens', async () => {
    await expectRefused([
      ['renderer/probe.ts', "import fs from 'node:fs';\nfs.statSync('x');\n"],
      ['renderer/app/probe.ts', "import fs from 'node:fs';\nfs.statSync('x');\n"],
      ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n"],
      ['renderer/app/probe.ts', importing('../../electron/services/files/atomic-write')],
      ['renderer/editor/probe.ts', importing('better-sqlite3')],
      ['renderer/editor/probe.ts', importing('../app/autosave')],
      ['renderer/editor/probe.ts', importing('../screens/Routes')],
      ['renderer/editor/probe.ts', importing('../api/http-client')],
      ['renderer/app/probe.ts', importing('../screens/Routes')],
      ['renderer/api/probe.ts', importing('../app/autosave')],
      // A new folder in renderer/ must be declared as a layer before it escapes the rules.
      ['renderer/hooks/probe.ts', importing('react')],
    ]);
    await expectAllowed([
      ['renderer/app/probe.ts', "import { apiMethods } from '../../shared/api';\nvoid apiMethods;\n"],
      ['renderer/editor/probe.ts', importing('lexical')],
      ['renderer/editor/probe.ts', importing('@lexical/utils')],
      ['renderer/editor/probe.ts', importing('@lexical/react/LexicalComposer')],
      ['renderer/app/probe.ts', importing('react')],
      ['renderer/app/probe.ts', importing('../editor/NoticeEditor')],
      ['renderer/app/probe.ts', importing('../api/http-client')],
      ['renderer/screens/probe.ts', importing('../app/autosave')],
      ['renderer/screens/probe.ts', importing('../editor/NoticeEditor')],
      ['renderer/src/probe.ts', importing('../screens/Routes')],
      ['renderer/src/probe.ts', importing('react-dom/client')],
    ]);
  });

  it('orders electron/: storage < services < main / cli / web-host, and only the Electron wiring imports electron', async () => {
    const electronImport = "import { app } from 'electron';\nvoid app;\n";
    await expectRefused([
      ['electron/services/storage/probe.ts', electronImport],
      ['electron/services/library/probe.ts', electronImport],
      ['electron/cli/probe.ts', electronImport],
      ['electron/web-host/probe.ts', electronImport],
      ['electron/main/probe.ts', importing('../../renderer/app/autosave')],
      ['electron/cli/probe.ts', importing('react')],
      ['electron/services/library/probe.ts', importing('xpath')],
      ['electron/services/storage/probe.ts', importing('../library/context')],
      ['electron/services/storage/probe.ts', importing('../import/zip')],
      ['electron/services/library/probe.ts', importing('../../main/ipc')],
      ['electron/services/import/probe.ts', importing('../../cli/errors')],
      ['electron/services/files/probe.ts', importing('../../web-host/server')],
      ['electron/main/probe.ts', importing('../cli/errors')],
      ['electron/main/probe.ts', importing('../web-host/server')],
      ['electron/cli/probe.ts', importing('../main/ipc')],
      ['electron/cli/probe.ts', importing('../web-host/server')],
      ['electron/web-host/probe.ts', importing('../main/ipc')],
      ['electron/web-host/probe.ts', importing('../cli/errors')],
      // Re-exports and imports inside functions are imports too.
      ['electron/web-host/probe.ts', "export * from '../main/ipc';\n"],
      ['electron/cli/probe.ts', "export async function probe() {\n  return import('../main/ipc');\n}\n"],
    ]);
    await expectAllowed([
      ['electron/main/probe.ts', electronImport],
      ['electron/preload/probe.ts', electronImport],
      ['electron/services/storage/probe.ts', importing('better-sqlite3')],
      ['electron/services/storage/probe.ts', importing('node:path')],
      ['electron/services/storage/probe.ts', importing('../../../shared/api')],
      ['electron/services/import/probe.ts', importing('fflate')],
      ['electron/services/import/probe.ts', importing('@xmldom/xmldom')],
      ['electron/services/library/probe.ts', importing('../storage/notices')],
      ['electron/services/library/probe.ts', importing('../import/zip')],
      ['electron/cli/probe.ts', importing('../services/library/library')],
      ['electron/cli/probe.ts', importing('../services/storage/database')],
      ['electron/web-host/probe.ts', importing('node:http')],
      ['electron/main/probe.ts', importing('../services/data-dir')],
    ]);
  });

  it('keeps schemas out of the sandboxed preload', async () => {
    await expectRefused([
      ['electron/preload/probe.ts', importing('../../shared/api')],
      ['electron/preload/probe.ts', importing('zod')],
      ['electron/preload/probe.ts', importing('node:path')],
      ['electron/preload/probe.ts', importing('../services/data-dir')],
      ['shared/desktop-bridge.ts', importing('./api')],
      ['shared/api-methods.ts', importing('zod')],
    ]);
    await expectAllowed([
      ['electron/preload/probe.ts', importing('../../shared/api-methods')],
      ['electron/preload/probe.ts', importing('../../shared/desktop-bridge')],
      ['electron/preload/probe.ts', importingType('../../shared/api')],
      ['shared/desktop-bridge.ts', importingType('./api')],
      ['shared/desktop-bridge.ts', importing('./api-methods')],
    ]);
  });

  it('leaves tests, benchmarks and scripts outside the layers', async () => {
    await expectAllowed([
      ['tests/probe.ts', importing('../electron/main/ipc')],
      ['bench/probe.ts', importing('node:fs')],
    ]);
  });
});
