import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // LibreOffice rendering, command-line and Chromium end-to-end tests start real programs. On a 2-core machine
    // with a CPU burner on both cores, one command-line run through tsx took over 10 s and several tests over 60 s:
    // the bound is for a test that hangs, not a measure of speed (tests wait on conditions, never on time).
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // expect.poll waits for a condition; its default second is too short for a real browser on such a machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    pool: 'forks',
  },
});
