/**
 * The pinned Electron major is still supported. Electron supports the latest three stable majors, one new major
 * every 8 weeks, so major N ends when N+3 goes stable (electronjs.org/docs/latest/tutorial/electron-timelines).
 * The stable dates are those of the x.0.0 releases in the npm registry (`npm view electron time`); the end of a
 * line whose successor is not out yet is projected on the 8-week cadence. This test fails on the day the pinned
 * line ends: then move the pin to a supported major and add its row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../library/helpers';

interface SupportLine {
  /** The x.0.0 release, from the npm registry. */
  stable: string;
  /** The day the third later major goes stable: support ends. */
  ends: string;
  /** The end is projected (its successor is not released yet). */
  projected?: true;
}

const SUPPORT: Record<number, SupportLine> = {
  42: { stable: '2026-05-06', ends: '2026-10-21' },
  43: { stable: '2026-07-01', ends: '2026-12-16', projected: true },
  44: { stable: '2026-08-25', ends: '2027-02-10', projected: true },
  45: { stable: '2026-10-21', ends: '2027-04-07', projected: true },
};

const EIGHT_WEEKS_MS = 8 * 7 * 24 * 3600 * 1000;

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const range = pkg.devDependencies.electron ?? '';
const pinnedMajor = Number(/^\^?(\d+)\./.exec(range)?.[1]);

describe('Electron support line', () => {
  it('pins one major with a caret range', () => {
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBe(pinnedMajor);
  });

  it('the pinned major is still supported today', () => {
    const line = SUPPORT[pinnedMajor];
    expect(line, `Electron ${pinnedMajor} has no row in the support table`).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    expect(today < line!.ends, `Electron ${pinnedMajor} support ended on ${line!.ends}: move to a supported major`).toBe(true);
  });

  it('the table follows the policy: each line ends when the third later one is stable, 8 weeks apart', () => {
    for (const [major, line] of Object.entries(SUPPORT).map(([m, l]) => [Number(m), l] as const)) {
      const third = SUPPORT[major + 3];
      if (third) expect(line.ends, `Electron ${major}`).toBe(third.stable);
      else {
        expect(line.projected).toBe(true);
        const lastKnown = Math.max(...Object.keys(SUPPORT).map(Number));
        const lastStable = Date.parse(SUPPORT[lastKnown]!.stable);
        const projected = new Date(lastStable + (major + 3 - lastKnown) * EIGHT_WEEKS_MS).toISOString().slice(0, 10);
        expect(line.ends, `Electron ${major}`).toBe(projected);
      }
    }
  });
});
