import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // No test may fail for the machine being busy: the budget for speed is `npm run bench`, not a test's clock.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
