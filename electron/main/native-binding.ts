/**
 * Where the Electron build of better-sqlite3 lives. The copy in node_modules is built for Node (tests, command line,
 * web host); scripts/electron-native.mjs builds a second one for Electron's ABI into .electron-native/, which the
 * packaged app carries outside the asar (electron-builder.yml, extraResources → native/).
 */
import path from 'node:path';

export const NATIVE_DEV_FOLDER = '.electron-native';
export const NATIVE_PACKAGED_FOLDER = 'native';
export const BINDING_FILE = 'better_sqlite3.node';

export interface NativeLocation {
  isPackaged: boolean;
  /** `app.getAppPath()`: the project folder in development. */
  appPath: string;
  /** `process.resourcesPath`: the packaged app's resources folder. */
  resourcesPath: string;
}

export function electronNativeBinding(location: NativeLocation): string {
  return location.isPackaged
    ? path.join(location.resourcesPath, NATIVE_PACKAGED_FOLDER, BINDING_FILE)
    : path.join(location.appPath, NATIVE_DEV_FOLDER, BINDING_FILE);
}
