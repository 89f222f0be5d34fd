import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The first render loads Shiki's grammars and themes.
    testTimeout: 30_000,
    // scripts/check.test.ts: its parser-stalling file is stopped after 5 s instead of the check's 20.
    env: { CHECK_COMPILE_BUDGET_SECONDS: '5' },
  },
});
