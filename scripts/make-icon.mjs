// Renders resources/icons/icon.svg to the 512×512 icon.png electron-builder turns into the Windows .ico and the
// Linux icons. Uses the system Chromium (headless screenshot). Run after editing the SVG: `node scripts/make-icon.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const icons = fileURLToPath(new URL('../resources/icons/', import.meta.url));
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const work = mkdtempSync(path.join(tmpdir(), 'thongbao-icon-'));
try {
  const page = path.join(work, 'icon.html');
  const svg = readFileSync(path.join(icons, 'icon.svg'), 'utf8');
  writeFileSync(page, `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  const out = path.join(icons, 'icon.png');
  const result = spawnSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000',
    '--window-size=512,512', `--screenshot=${out}`, `file://${page}`,
  ], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
