/**
 * Where the app keeps its data (the database file and anything beside it).
 * Order: `--data-dir <folder>` on the command line, then the THONGBAO_DATA_DIR environment variable, then the
 * per-user application data folder Electron would call `userData` for a product named "ThongBao Studio".
 * Plain Node: the Electron shell may pass `app.getPath('userData')` instead, which is the same folder.
 */
import { homedir } from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'ThongBao Studio';
export const DATA_DIR_ENV = 'THONGBAO_DATA_DIR';

export interface DataDirContext {
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/** The value of `--data-dir <folder>` or `--data-dir=<folder>`, if given. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined;
  }
  return undefined;
}

/** The per-OS application data folder, as Electron's `app.getPath('userData')` resolves it. */
export function defaultAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  const config = env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
  return path.posix.join(config, APP_FOLDER_NAME);
}

export function resolveDataDir(context: DataDirContext = {}): string {
  const argv = context.argv ?? process.argv.slice(2);
  const env = context.env ?? process.env;
  const fromArgs = dataDirFromArgs(argv);
  if (fromArgs) return path.resolve(fromArgs);
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  return defaultAppDataDir(context.platform ?? process.platform, env, context.home ?? homedir());
}
