import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Every core: Vitest's default leaves one free, which on a 2-core CI machine runs the files one at a time (52 s → 36 s).
    maxWorkers: availableParallelism(),
    // The first render loads Shiki's grammars and themes.
    testTimeout: 30_000,
  },
});
