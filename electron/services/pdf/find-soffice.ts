/**
 * Where LibreOffice's `soffice` is: the path the user chose in Settings, else the usual install places of Windows,
 * Linux and macOS, else a folder of PATH. Plain Node; the file-system calls are arguments so tests can describe a
 * machine without installing anything.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SofficeSearchContext {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** True when `file` is an existing regular file. */
  isFile?: (file: string) => boolean;
  /** The names in a folder ([] when it cannot be read). */
  listDir?: (folder: string) => string[];
}

export type SofficeLookup =
  | { found: true; path: string; source: 'settings' | 'usual-place' | 'path' }
  | { found: false; configured?: string; searched: string[] };

const defaultIsFile = (file: string): boolean => {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
};

const defaultListDir = (folder: string): string[] => {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
};

/** The usual install places, most likely first. Versioned folders (/opt/libreoffice7.6) are listed from disk. */
export function usualSofficePlaces(context: SofficeSearchContext = {}): string[] {
  const platform = context.platform ?? process.platform;
  const env = context.env ?? process.env;
  const listDir = context.listDir ?? defaultListDir;
  if (platform === 'win32') {
    const win = path.win32;
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'];
    const places = roots
      .filter((root): root is string => !!root)
      .map((root) => win.join(root, 'LibreOffice', 'program', 'soffice.exe'));
    // The per-user install ("install for me only") and the portable edition's usual spot.
    if (env.LOCALAPPDATA) places.push(win.join(env.LOCALAPPDATA, 'Programs', 'LibreOffice', 'program', 'soffice.exe'));
    return [...new Set(places)];
  }
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  const opt = listDir('/opt')
    .filter((name) => /^libreoffice/i.test(name))
    .sort()
    .reverse()
    .map((name) => path.posix.join('/opt', name, 'program', 'soffice'));
  return [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/lib64/libreoffice/program/soffice',
    ...opt,
    '/snap/bin/libreoffice',
  ];
}

function onPath(context: SofficeSearchContext): string[] {
  const platform = context.platform ?? process.platform;
  const env = context.env ?? process.env;
  const value = env.PATH ?? env.Path ?? '';
  const separator = platform === 'win32' ? ';' : ':';
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const names = platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
  return value
    .split(separator)
    .filter((folder) => folder.trim() !== '')
    .flatMap((folder) => names.map((name) => join(folder, name)));
}

/**
 * The soffice to run. A path set in Settings wins and is not second-guessed: if it is wrong the caller says so
 * rather than silently using another LibreOffice.
 */
export function findSoffice(configured: string | undefined, context: SofficeSearchContext = {}): SofficeLookup {
  const isFile = context.isFile ?? defaultIsFile;
  const chosen = configured?.trim();
  if (chosen) return isFile(chosen) ? { found: true, path: chosen, source: 'settings' } : { found: false, configured: chosen, searched: [chosen] };
  const usual = usualSofficePlaces(context);
  const inUsual = usual.find(isFile);
  if (inUsual) return { found: true, path: inUsual, source: 'usual-place' };
  const fromPath = onPath(context);
  const inPath = fromPath.find(isFile);
  if (inPath) return { found: true, path: inPath, source: 'path' };
  return { found: false, searched: [...usual, ...fromPath] };
}
