import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built extension (`npm run build` first) in Debian's Chromium.
 * One worker: each test starts its own browser, and this machine has two cores.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
