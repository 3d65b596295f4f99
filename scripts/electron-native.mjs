// Builds better-sqlite3 for Electron into .electron-native/better_sqlite3.node, leaving the Node build in
// node_modules alone (tests, the command line and the web host keep using it), so `npm start`, `npm test` and
// `npm start` again all work in any order. The main process loads this copy through better-sqlite3's
// `nativeBinding` option; `npm run dist` ships it outside the asar (electron-builder.yml, extraResources).
//
// First a prebuilt binary for the Electron ABI (prebuild-install, as better-sqlite3's own install does), else a
// build from source against Electron's headers (node-gyp; needs a C++ compiler). Skipped when up to date.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, '.electron-native');
const binding = path.join(outDir, 'better_sqlite3.node');
const infoFile = path.join(outDir, 'build-info.json');

const readVersion = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

const wanted = {
  electron: readVersion('electron'),
  betterSqlite3: readVersion('better-sqlite3'),
  platform: process.env.npm_config_platform || process.platform,
  arch: process.env.npm_config_arch || process.arch,
};

function upToDate() {
  if (!existsSync(binding) || !existsSync(infoFile)) return false;
  try {
    const info = JSON.parse(readFileSync(infoFile, 'utf8'));
    return Object.entries(wanted).every(([key, value]) => info[key] === value);
  } catch {
    return false;
  }
}

function run(label, script, args, cwd) {
  console.log(`[electron-native] ${label}`);
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function build() {
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  // Outside the project, so a build cut short leaves no copy of the package for the linter or the tests to find.
  const work = mkdtempSync(path.join(tmpdir(), 'thongbao-electron-native-'));
  const staging = path.join(work, 'better-sqlite3');
  mkdirSync(staging, { recursive: true });
  // A copy without the Node build, so whatever lands in build/Release is the Electron one.
  for (const entry of ['package.json', 'binding.gyp', 'lib', 'src', 'deps']) {
    if (existsSync(path.join(source, entry))) cpSync(path.join(source, entry), path.join(staging, entry), { recursive: true });
  }
  const target = ['--target', wanted.electron, '--arch', wanted.arch, '--platform', wanted.platform];
  const built = path.join(staging, 'build', 'Release', 'better_sqlite3.node');
  const ok =
    run(`prebuilt better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`,
      require.resolve('prebuild-install/bin.js'), ['--runtime', 'electron', ...target, '--tag-prefix', 'v'], staging) && existsSync(built);
  const compiled =
    ok ||
    (run('no prebuilt binary: compiling against the Electron headers', require.resolve('node-gyp/bin/node-gyp.js'), [
      'rebuild', '--release', `--target=${wanted.electron}`, `--arch=${wanted.arch}`, '--dist-url=https://electronjs.org/headers',
    ], staging) && existsSync(built));
  if (!compiled) {
    rmSync(work, { recursive: true, force: true });
    return false;
  }
  mkdirSync(outDir, { recursive: true });
  const temporary = `${binding}.tmp`;
  copyFileSync(built, temporary);
  renameSync(temporary, binding);
  writeFileSync(infoFile, `${JSON.stringify(wanted, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  return true;
}

if (upToDate()) {
  console.log(`[electron-native] better-sqlite3 for Electron ${wanted.electron} is ready: ${path.relative(root, binding)}`);
} else if (build()) {
  console.log(`[electron-native] built ${path.relative(root, binding)}`);
} else {
  console.error(
    'Không tạo được bản better-sqlite3 cho Electron (cần mạng để tải bản dựng sẵn, hoặc trình biên dịch C++).\n' +
      'Could not get better-sqlite3 for Electron: no prebuilt binary could be downloaded and compiling failed.',
  );
  process.exit(1);
}
