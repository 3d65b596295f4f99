// The desktop app from the sources (`npm start` runs this when the Electron binary is installed): the Electron
// build of better-sqlite3, then the app built by electron-vite, then Electron itself. Arguments are passed on
// (e.g. `npm start -- --data-dir ./data`).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

function step(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(fileURLToPath(new URL('./electron-native.mjs', import.meta.url)), []);
// electron-vite's package exports do not list its bin script: find it beside its package.json.
const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
step(electronVite, ['build']);

const env = { ...process.env };
// Set by some shells and tools; it would make the binary a plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(require('electron'), ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
