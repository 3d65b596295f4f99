// `npm start`: runs the desktop app when the Electron binary is available (downloading it on first start
// where the network allows), and otherwise the same app in the browser through the local web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function tryDownloadElectron() {
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return;
  }
  console.log('Đang tải Electron lần đầu… / Downloading the Electron binary once…');
  // Its own output is a stack trace when the network is closed: keep it for the case where it says something useful.
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    const reason = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ?? result.error?.message ?? '';
    console.log(`Không tải được Electron / could not download Electron: ${reason.trim()}`);
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

if (!electronBinary()) tryDownloadElectron();

if (electronBinary()) {
  run(process.execPath, ['scripts/electron-start.mjs', ...args]);
} else {
  console.log(
    'Không có Electron trên máy này: mở ứng dụng trong trình duyệt qua máy chủ cục bộ.\n' +
      'Electron is not available here: starting the app in the browser through the local web host.',
  );
  run(process.execPath, ['--import', 'tsx', 'electron/web-host/main.ts', ...args]);
}
