import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // LibreOffice rendering and Chromium end-to-end tests start real programs.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
