// The architecture's import rules are enforced by ESLint; this checks the rules themselves bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it('keeps shared/ free of Node built-ins, electron/ and renderer/', async () => {
    expect(await restrictedImportErrors('shared/probe.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/probe.ts', "import path from 'path';\npath.join('a');\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/probe.ts', "import { x } from '../electron/services/x';\nx();\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/probe.ts', "import { y } from '../renderer/app/y';\ny();\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/probe.ts', "import { z } from 'zod';\nz.string();\n")).toHaveLength(0);
  });

  it('keeps renderer/ away from Node and electron', async () => {
    expect(await restrictedImportErrors('renderer/probe.ts', "import fs from 'node:fs';\nfs.statSync('x');\n")).toHaveLength(1);
    expect(await restrictedImportErrors('renderer/probe.ts', "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n")).toHaveLength(1);
    expect(await restrictedImportErrors('renderer/probe.ts', "import { s } from '../electron/services/s';\ns();\n")).toHaveLength(1);
    expect(await restrictedImportErrors('renderer/probe.ts', "import { apiMethods } from '../shared/api';\nvoid apiMethods;\n")).toHaveLength(0);
  });

  it('lets only the Electron wiring import electron', async () => {
    const code = "import { app } from 'electron';\nvoid app;\n";
    expect(await restrictedImportErrors('electron/services/storage/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImportErrors('electron/cli/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImportErrors('electron/main/probe.ts', code)).toHaveLength(0);
    expect(await restrictedImportErrors('electron/preload/probe.ts', code)).toHaveLength(0);
    expect(await restrictedImportErrors('electron/main/probe.ts', "import { r } from '../../renderer/r';\nr();\n")).toHaveLength(1);
  });
});
