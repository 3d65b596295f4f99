/**
 * electron-builder.yml, checked without building: valid against electron-builder's own schema, and consistent with
 * the code — the Electron build of better-sqlite3 lands where the main process loads it, outside the asar, and
 * node_modules is never rebuilt in place (the Node build there serves the tests and the command line).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BINDING_FILE, NATIVE_DEV_FOLDER, NATIVE_PACKAGED_FOLDER } from '../../electron/main/native-binding';
import { ROOT } from '../library/helpers';

const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = createRequire(builderRequire.resolve('builder-util/package.json'))('./out/DebugLogger.js') as {
  DebugLogger: new (enabled: boolean) => unknown;
};
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
  asar: boolean;
  win: { target: { target: string }[] };
  linux: { target: string[] };
  electronFuses: Record<string, boolean>;
}

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

describe('electron-builder.yml', () => {
  it("is valid for electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validation is real: a misspelt option is refused.
    await expect(validateConfiguration({ ...config, npmRebuld: false }, new DebugLogger(false))).rejects.toThrow(/npmRebuld/);
  });

  it('names the app and builds the Windows installer, an AppImage and a deb', () => {
    expect(config.productName).toBe('ThongBao Studio');
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9]+)+$/);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(pkg.scripts.dist).toMatch(/electron-native\.mjs.*electron-vite build.*electron-builder/);
  });

  it('ships the built app and its resources, and the Electron build of the native module outside the asar where the app loads it', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/**']));
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.extraResources).toContainEqual({
      from: `${NATIVE_DEV_FOLDER}/${BINDING_FILE}`,
      to: `${NATIVE_PACKAGED_FOLDER}/${BINDING_FILE}`,
    });
    expect(config.files).toContain('!node_modules/better-sqlite3/build/**');
    expect(config.npmRebuild).toBe(false);
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.electron-native\/$/m);
  });
});

describe('Electron fuses', () => {
  it('turn off every way to run the binary as plain Node, encrypt cookies and load only the checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('electron.vite.config.ts', () => {
  it('builds the preload as one self-contained CommonJS file, the one the main process points the window at', async () => {
    const { default: config } = (await import('../../electron.vite.config')) as unknown as {
      default: { preload: { build: { externalizeDeps: boolean; rollupOptions: { output: { format: string; entryFileNames: string } } } } };
    };
    expect(config.preload.build.externalizeDeps).toBe(false);
    expect(config.preload.build.rollupOptions.output).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(fs.readFileSync(path.join(ROOT, 'electron/main/index.ts'), 'utf8')).toContain("new URL('../preload/index.cjs', import.meta.url)");
  });
});
